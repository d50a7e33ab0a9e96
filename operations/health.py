"""Liveness (``/healthz``) and readiness (``/readyz``) for load balancers, orchestrators and monitoring.

Liveness touches nothing outside the process: a worker that answers is alive. Readiness tries each
service a request needs (every database, the shared cache, the search engine when ``SEARCH_URL`` is
set, the media storage) and answers 503 when one fails. The body names the checks, their status and
their duration; never an address, a user name or an error message, which go to the log.
"""

import logging
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from wagtail.search.backends import get_search_backend

logger = logging.getLogger("operations.health")

OK, ERROR, SKIPPED = "ok", "error", "skipped"
PROBE_CONTENT = b"ok"
ENGINE_FAILED_STATUS = "red"


def check_databases():
    for alias in connections:
        connection = connections[alias]
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except Exception:
            # A broken connection is dropped, so that the next request connects again.
            connection.close()
            raise
    return OK


def check_cache():
    key = f"readiness-probe:{uuid.uuid4().hex}"
    cache.set(key, PROBE_CONTENT, timeout=10)
    found = cache.get(key)
    cache.delete(key)
    if found != PROBE_CONTENT:
        raise RuntimeError("the cache did not give back what was stored")
    return OK


def check_search_engine():
    """The engine of SEARCH_URL when searches go to one (its client is ``es``); the database backend needs no check."""
    engine_client = getattr(get_search_backend("default"), "es", None) if settings.SEARCH_URL else None
    if engine_client is None:
        return SKIPPED
    health = engine_client.cluster.health()
    if health["status"] == ENGINE_FAILED_STATUS:
        raise RuntimeError("the search engine's cluster is red")
    return OK


def check_media_storage():
    name = default_storage.save(f"readiness/probe-{uuid.uuid4().hex}.txt", ContentFile(PROBE_CONTENT))
    try:
        with default_storage.open(name) as probe:
            if probe.read() != PROBE_CONTENT:
                raise RuntimeError("the media storage did not give back what was written")
    finally:
        default_storage.delete(name)
    return OK


READINESS_CHECKS = {
    "database": check_databases,
    "cache": check_cache,
    "search": check_search_engine,
    "storage": check_media_storage,
}


def run_check(name, check):
    started = time.perf_counter()
    try:
        status = check()
    except Exception as error:  # noqa: BLE001  (whatever the failure, the service is not ready)
        logger.warning("Readiness check %s failed: %s: %s", name, type(error).__name__, error)
        status = ERROR
    return {"status": status, "ms": round((time.perf_counter() - started) * 1000, 1)}


@never_cache
def liveness(request):
    return JsonResponse({"status": OK})


@never_cache
def readiness(request):
    results = {name: run_check(name, check) for name, check in READINESS_CHECKS.items()}
    ready = all(result["status"] != ERROR for result in results.values())
    return JsonResponse({"status": OK if ready else ERROR, "checks": results}, status=200 if ready else 503)
