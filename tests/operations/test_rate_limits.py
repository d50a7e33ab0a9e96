"""Bursts on search, suggestions and PDFs get a 429 page in the visitor's language, and only past the limit."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext

LIMITS = {"search:search": "3/m", "search:suggest": "3/m", "showcase:fact_sheet_pdf": "3/m", "showcase:booklet_pdf": "3/m"}


@pytest.fixture(autouse=True)
def limits(settings):
    settings.VIVAPOLIS_RATE_LIMITS = LIMITS
    cache.clear()
    # The limits count per clock minute: a test that straddles one would start a new count.
    with time_machine.travel(datetime.datetime(2026, 11, 27, 12, 0, 10, tzinfo=datetime.UTC), tick=False):
        yield
    cache.clear()


def too_many_requests_title(language):
    with translation.override(language):
        return gettext("Too many requests")


@pytest.mark.parametrize(
    ("url", "language"),
    [("/fr/recherche/?q=tramway", "fr"), ("/en/search/?q=tramway", "en"), ("/en/search/suggestions/?q=tram", "en")],
)
def test_a_burst_gets_a_429_page_in_the_visitors_language(site_tree, client, url, language):
    allowed = [client.get(url) for _request in range(3)]
    refused = client.get(url)

    assert [response.status_code for response in allowed] == [200] * 3
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert f'<html lang="{language}"' in refused.content.decode()
    assert too_many_requests_title(language) in refused.content.decode()


def test_pdfs_are_limited(bilingual_site, client):
    url = f"/fr/pdf/fact-sheet/{bilingual_site['fact_sheet'].pk}/"
    statuses = [client.get(url).status_code for _request in range(4)]

    assert 429 not in statuses[:3]
    assert statuses[3] == 429


def test_each_address_has_its_own_allowance(site_tree, client):
    for _request in range(3):
        client.get("/fr/recherche/?q=tramway", REMOTE_ADDR="192.0.2.1")

    assert client.get("/fr/recherche/?q=tramway", REMOTE_ADDR="192.0.2.1").status_code == 429
    assert client.get("/fr/recherche/?q=tramway", REMOTE_ADDR="192.0.2.2").status_code == 200


def test_pages_without_a_limit_are_not_counted(site_tree, client):
    statuses = {client.get("/fr/").status_code for _request in range(10)}

    assert statuses == {200}
