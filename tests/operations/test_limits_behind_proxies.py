"""Behind the proxies (Varnish, HAProxy) the per-address limits count visitors, not the proxy's address.

Every request then reaches the app server from 127.0.0.1; the visitor's address is in X-Forwarded-For,
which only a trusted proxy (``TRUSTED_PROXIES``) is believed about.
"""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache

PROXY = "127.0.0.1"
PASSWORD = "the-right-password-42"
SEARCH = "/fr/recherche/?q=tramway"


@pytest.fixture(autouse=True)
def behind_proxies(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1/32", "::1"]
    settings.VIVAPOLIS_RATE_LIMITS = {"search:search": "3/m"}
    cache.clear()
    with time_machine.travel(datetime.datetime(2026, 11, 27, 12, 0, 10, tzinfo=datetime.UTC), tick=False):
        yield
    cache.clear()


def search_through_proxies(client, visitor, forged=""):
    """A search as Varnish then HAProxy pass it on: each appends the address it received it from."""
    chain = ", ".join(address for address in (forged, visitor, PROXY) if address)
    return client.get(SEARCH, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=chain)


def test_each_visitor_behind_the_proxies_has_its_own_allowance(site_tree, client):
    for _request in range(3):
        search_through_proxies(client, "203.0.113.5")

    assert search_through_proxies(client, "203.0.113.5").status_code == 429
    assert search_through_proxies(client, "203.0.113.9").status_code == 200


def test_a_visitor_cannot_escape_the_limit_by_forging_the_header(site_tree, client):
    statuses = [search_through_proxies(client, "203.0.113.5", forged=f"198.51.100.{n}").status_code for n in range(4)]

    assert statuses == [200, 200, 200, 429]


def test_the_header_of_a_peer_that_is_not_a_proxy_is_not_believed(site_tree, client):
    statuses = [
        client.get(SEARCH, REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code
        for n in range(4)
    ]

    assert statuses == [200, 200, 200, 429]


def test_without_trusted_proxies_the_peer_is_the_visitor(site_tree, client, settings):
    settings.TRUSTED_PROXIES = []
    for _request in range(3):
        search_through_proxies(client, "203.0.113.5")

    assert search_through_proxies(client, "203.0.113.9").status_code == 429


def test_a_locked_out_visitor_does_not_lock_out_the_others_behind_the_proxies(client, db):
    users = get_user_model().objects
    users.create_superuser("editor", "editor@example.org", PASSWORD)
    users.create_superuser("other", "other@example.org", PASSWORD)

    def log_in(visitor, username, password):
        return client.post(
            "/admin/login/",
            {"username": username, "password": password},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"{visitor}, {PROXY}",
        )

    for attempt in range(5):
        log_in("203.0.113.5", "editor", f"wrong-{attempt}")

    assert log_in("203.0.113.5", "other", PASSWORD).status_code == 429
    assert log_in("203.0.113.9", "other", PASSWORD).status_code == 302
