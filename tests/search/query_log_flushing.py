"""The worker's minute step that writes the searches counted in the cache to the query log, played by the tests."""

import pytest
from django.core.cache import cache
from django.utils import timezone

from search.query_log import CLOSED_AFTER
from search.query_log_flush import flush_counted_searches


def flush_search_log():
    """Write every search counted so far, as the worker does once their minute is closed; the number written."""
    return flush_counted_searches(timezone.now() + CLOSED_AFTER + CLOSED_AFTER)


@pytest.fixture
def flushed_search_log():
    """Start from no counted search (the test cache outlives each test); call it to write the searches to the log."""
    cache.clear()
    return flush_search_log
