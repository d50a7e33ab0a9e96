"""An engine that hangs costs one timeout, not one per search: then searches go to the database.

The engine here is a local socket that accepts connections and never answers, the failure that a
refused connection does not show: every request waits for the whole read timeout.
"""

import logging
import socket
import time

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from search.breaker import EngineBreaker
from search.service import run_with_fallback
from vivapolis.settings.base import SEARCH_DATABASE_BACKEND, search_engine_backend

READ_TIMEOUT = 1
SAMPLES = 40  # p95 of 40 tolerates one pause of the machine, as a p95 should


@pytest.fixture(autouse=True)
def _every_engine_up():
    cache.clear()


@pytest.fixture
def silent_socket():
    """A port that accepts connections (the kernel does) and never sends a byte."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    yield listener
    listener.close()


def engine_at(port, engine="opensearch2", **overrides):
    config = {**search_engine_backend(f"http://127.0.0.1:{port}", engine, "vivapolis_hang_"), "TIMEOUT": READ_TIMEOUT}
    return {"default": {**config, **overrides}, "database": SEARCH_DATABASE_BACKEND}


@pytest.fixture
def hanging_engine(settings, silent_socket):
    settings.WAGTAILSEARCH_BACKENDS = engine_at(silent_socket.getsockname()[1])
    return settings.WAGTAILSEARCH_BACKENDS


def search_url():
    with translation.override("fr"):
        return reverse("search:search")


def timed_search(client, query="tramway"):
    started = time.perf_counter()
    response = client.get(search_url(), {"q": query})
    return time.perf_counter() - started, response


def p95(durations):
    ordered = sorted(durations)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def test_after_the_first_failure_search_is_as_fast_as_the_database(search_corpus, settings, hanging_engine, client):
    first, response = timed_search(client)
    assert first >= READ_TIMEOUT
    assert "<mark>Tramway</mark> sans caténaire à Bordeaux" in response.content.decode()
    assert "search-degraded" in response.content.decode()

    with_engine_down, database_alone = [], []
    for _ in range(SAMPLES):  # interleaved, so that both see the same load on the machine
        settings.WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}
        database_alone.append(timed_search(client)[0])
        settings.WAGTAILSEARCH_BACKENDS = hanging_engine
        duration, response = timed_search(client)
        with_engine_down.append(duration)
        assert "search-degraded" in response.content.decode()

    assert p95(with_engine_down) <= 2 * p95(database_alone), (p95(with_engine_down), p95(database_alone))


def test_the_state_is_shared_through_the_cache(search_corpus, hanging_engine, client):
    EngineBreaker("default").record_failure()  # as another worker process would, into the shared cache

    duration, response = timed_search(client)

    assert duration < READ_TIMEOUT
    assert "search-degraded" in response.content.decode()


def test_the_engine_is_tried_again_after_the_period(search_corpus, settings, silent_socket, client):
    settings.WAGTAILSEARCH_BACKENDS = engine_at(silent_socket.getsockname()[1], RETRY_AFTER=3)
    timed_search(client)
    assert timed_search(client)[0] < READ_TIMEOUT

    time.sleep(3.1)

    assert timed_search(client)[0] >= READ_TIMEOUT  # the probe, which fails: skipped again
    assert timed_search(client)[0] < READ_TIMEOUT


def test_each_change_is_logged_once(settings, silent_socket, caplog):
    settings.WAGTAILSEARCH_BACKENDS = engine_at(silent_socket.getsockname()[1], RETRY_AFTER=0.2)
    engine_answers = False

    def operation(backend):
        if hasattr(backend, "es") and not engine_answers:
            raise ConnectionError("no answer")
        return "engine" if hasattr(backend, "es") else "database"

    with caplog.at_level(logging.WARNING, logger="search.breaker"):
        answers = [run_with_fallback(operation)[0] for _ in range(5)]
        time.sleep(0.3)
        answers.append(run_with_fallback(operation)[0])  # probed, still down
        time.sleep(0.3)
        engine_answers = True
        answers += [run_with_fallback(operation)[0] for _ in range(3)]

    assert answers == ["database"] * 6 + ["engine"] * 3
    messages = [record.getMessage() for record in caplog.records if record.name == "search.breaker"]
    assert len(messages) == 2, messages
    assert "is down" in messages[0] and "answers again" in messages[1]


@pytest.mark.parametrize("engine", ["opensearch2", "elasticsearch8"])
def test_an_engine_that_does_not_accept_connections_is_given_up_at_the_connect_timeout(search_corpus, settings, client, engine):
    full = socket.socket()
    full.bind(("127.0.0.1", 0))
    full.listen(0)
    port = full.getsockname()[1]
    waiting = socket.create_connection(("127.0.0.1", port))  # fills the queue: the next connection hangs
    settings.WAGTAILSEARCH_BACKENDS = engine_at(port, engine, TIMEOUT=10, CONNECT_TIMEOUT=0.3)
    try:
        duration, response = timed_search(client)
    finally:
        waiting.close()
        full.close()

    assert duration < 3
    assert "<mark>Tramway</mark> sans caténaire à Bordeaux" in response.content.decode()
