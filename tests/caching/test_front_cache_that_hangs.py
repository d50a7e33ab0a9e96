"""A front cache that accepts connections and never answers costs a publish one purge timeout, not one per
address and not for ever; the editor's publish succeeds and the failure is logged."""

import logging
import socket
import time

import pytest

pytestmark = pytest.mark.cache

TIMEOUT = 0.5


@pytest.fixture
def hanging_front_cache(settings, page_cache):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)  # connections wait in the backlog: accepted by the kernel, never answered
    location = f"http://127.0.0.1:{listener.getsockname()[1]}"
    settings.FRONT_CACHE_URL = location
    settings.WAGTAILFRONTENDCACHE = {
        "front": {"BACKEND": "caching.front_backend.TimeoutHTTPBackend", "LOCATION": location, "TIMEOUT": TIMEOUT}
    }
    yield
    listener.close()


def test_publishing_waits_one_timeout_then_gives_up_and_says_so(hanging_front_cache, bilingual_site, publish, caplog):
    fact_sheet = bilingual_site["fact_sheet"]
    started = time.monotonic()
    with caplog.at_level(logging.ERROR, logger="caching.front"):
        publish(fact_sheet, title="Tramway solaire de Bordeaux")
    waited = time.monotonic() - started

    fact_sheet.refresh_from_db()
    assert fact_sheet.live and fact_sheet.title == "Tramway solaire de Bordeaux"
    # About twenty addresses show the fact sheet: without the batch stopping at the first timeout, ten seconds.
    assert TIMEOUT <= waited < TIMEOUT + 3
    [message] = [record.getMessage() for record in caplog.records if record.name == "caching.front"]
    assert "did not answer within 0.5 s" in message
    assert "more addresses were not purged" in message
