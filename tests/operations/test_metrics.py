"""/metrics counts requests, page-cache hits and waiting tasks, for monitoring on the allowed addresses only."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone
from django_tasks import task
from prometheus_client.parser import text_string_to_metric_families

TASKS_IN_DATABASE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


@task()
def wait_in_the_queue():
    """A task no worker runs during the test."""


def scraped(client, **request):
    response = client.get("/metrics", **request)
    assert response.status_code == 200
    return response


def sample(client, name, **labels):
    """The value of one sample of /metrics, 0 when it is not there yet."""
    text = scraped(client).content.decode()
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == name and found.labels == labels:
                return found.value
    return 0


@pytest.mark.django_db
def test_requests_are_counted(client):
    before = sample(client, "django_http_requests_before_middlewares_total")
    for _ in range(3):
        client.get("/healthz")

    # The three probes, and the scrape that read the first figure.
    assert sample(client, "django_http_requests_before_middlewares_total") == before + 4


@pytest.mark.django_db
def test_page_cache_hits_and_misses_are_counted(client, settings, site_tree):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    url = site_tree["home"].url
    hits = sample(client, "vivapolis_page_cache_responses_total", result="hit")
    misses = sample(client, "vivapolis_page_cache_responses_total", result="miss")

    responses = [client.get(url) for _ in range(3)]

    assert [response["X-Page-Cache"] for response in responses] == ["miss", "hit", "hit"]
    assert sample(client, "vivapolis_page_cache_responses_total", result="hit") == hits + 2
    assert sample(client, "vivapolis_page_cache_responses_total", result="miss") == misses + 1
    cache.clear()


@pytest.mark.django_db
def test_tasks_waiting_for_a_worker_are_counted_when_scraped(client, settings):
    settings.TASKS = TASKS_IN_DATABASE
    assert sample(client, "vivapolis_background_tasks_ready", queue="default") == 0

    wait_in_the_queue.using(backend="background").enqueue()
    wait_in_the_queue.using(backend="background").enqueue()
    later = wait_in_the_queue.using(backend="background", run_after=timezone.now() + timedelta(hours=1))
    later.enqueue()  # not ready yet: not counted

    assert sample(client, "vivapolis_background_tasks_ready", queue="default") == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    "allowed, request_from, status",
    [
        (["127.0.0.1", "::1"], {"REMOTE_ADDR": "127.0.0.1"}, 200),
        (["127.0.0.1", "::1"], {"REMOTE_ADDR": "203.0.113.7"}, 403),
        # A proxy on the same machine forwards a visitor from outside: still refused.
        (["127.0.0.1", "::1"], {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.7"}, 403),
        (["10.0.0.0/8"], {"REMOTE_ADDR": "10.1.2.3"}, 200),
        (["10.0.0.0/8"], {"REMOTE_ADDR": "10.1.2.3", "HTTP_X_FORWARDED_FOR": "10.4.5.6, 10.7.8.9"}, 200),
        (["10.0.0.0/8"], {"REMOTE_ADDR": "127.0.0.1"}, 403),
    ],
)
def test_metrics_are_read_only_from_the_allowed_addresses(client, settings, allowed, request_from, status):
    settings.METRICS_ALLOWED_IPS = allowed

    response = client.get("/metrics", **request_from)

    assert response.status_code == status
    assert ("django_http_requests_before_middlewares_total" in response.content.decode()) == (status == 200)
