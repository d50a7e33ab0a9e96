"""The page cache's tests run on the test settings' cache (local memory), or on Redis when CACHE_URL
names it, as CI does; Redis unreachable skips them with the reason, and fails them under CI=true."""

import os

import pytest
import redis
from django.core.cache import cache


def _require_reachable_cache():
    try:
        cache.set("page-cache-test:ping", 1)
    except (redis.exceptions.RedisError, OSError) as error:
        message = f"the cache at CACHE_URL={os.environ.get('CACHE_URL')} is not reachable ({error})"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {message}")
        pytest.skip(message)


@pytest.fixture
def page_cache(settings):
    """The page cache on and empty."""
    _require_reachable_cache()
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield cache
    cache.clear()


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish ``page``'s changes as an editor does, the transaction committed (purges run on commit)."""

    def publish_page(page, **changes):
        for name, value in changes.items():
            setattr(page, name, value)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return page

    return publish_page


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed(): ...`` runs the on-commit purges of what the block does."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
