"""A circuit breaker for the search engine: after a failure, searches skip it for a while.

An engine that accepts connections but never answers makes every request wait for the read
timeout. After one failure the engine is marked down in the Django cache, which every worker
process shares (files on the embedded default, Redis with ``CACHE_URL``); for ``RETRY_AFTER``
seconds (a key of the engine's ``WAGTAILSEARCH_BACKENDS`` entry) searches go straight to the
database backend. Then one request, the probe, tries the engine again: an answer closes the
breaker, a failure opens it for another period. The change from "up" to "down" and back is
logged once, whatever the number of requests and processes.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

DEFAULT_RETRY_AFTER = 30  # seconds


class EngineBreaker:
    """The shared state of one configured engine: up, down (skipped) or being probed."""

    def __init__(self, alias):
        config = settings.WAGTAILSEARCH_BACKENDS.get(alias, {})
        engine = (config.get("BACKEND"), config.get("URLS"), config.get("INDEX_PREFIX"))
        identity = hashlib.sha256(repr(engine).encode()).hexdigest()[:16]
        prefix = f"search:breaker:{alias}:{identity}"
        self.alias = alias
        self.retry_after = float(config.get("RETRY_AFTER", DEFAULT_RETRY_AFTER))
        self.probe_seconds = float(config.get("TIMEOUT", 10)) + float(config.get("CONNECT_TIMEOUT", 0)) + 1
        self.skipping_key = f"{prefix}:skipping"  # present while searches skip the engine; expires
        self.down_key = f"{prefix}:down"  # present from the first failure until the engine answers
        self.probe_key = f"{prefix}:probe"  # held by the one request that tries the engine again
        self.probing = False

    def allows_request(self):
        """Whether this request may use the engine (at most one request probes a down engine)."""
        state = cache.get_many([self.skipping_key, self.down_key])
        if self.skipping_key in state:
            return False
        if self.down_key not in state:
            return True
        self.probing = cache.add(self.probe_key, True, timeout=self.probe_seconds)
        return self.probing

    def record_success(self):
        if not self.probing:
            return
        cache.delete(self.probe_key)
        if cache.delete(self.down_key):
            logger.warning("Search backend %r answers again; searches use it again", self.alias)

    def record_failure(self):
        cache.set(self.skipping_key, True, timeout=self.retry_after)
        if self.probing:
            cache.delete(self.probe_key)
        if cache.add(self.down_key, time.time(), timeout=None):
            logger.warning(
                "Search backend %r is down; searches use the database for %s s, then try it again",
                self.alias,
                f"{self.retry_after:g}",
            )
