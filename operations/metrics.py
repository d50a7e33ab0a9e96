"""Prometheus metrics at ``/metrics``: django-prometheus' request counts and latencies, plus the site's own.

The site's own: page-cache answers by result (from the ``X-Page-Cache`` header the page cache sets, so this
app does not read the caching app) and the background tasks waiting for a worker, counted when scraped.
Under gunicorn the workers share their figures through prometheus_client's multiprocess directory
(``PROMETHEUS_MULTIPROC_DIR``, set by vivapolis/gunicorn.py), which django-prometheus' export view reads.
Only addresses of ``METRICS_ALLOWED_IPS`` (loopback by default) may read them.
"""

import logging

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Count
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_prometheus.exports import ExportToDjangoView
from django_tasks_db.models import DBTaskResult
from prometheus_client import CollectorRegistry, Counter, generate_latest
from prometheus_client.core import GaugeMetricFamily

from operations.client_address import address_in, forwarded_for, networks

logger = logging.getLogger("operations.metrics")

PAGE_CACHE_HEADER = "X-Page-Cache"
PAGE_CACHE_RESULTS = ("hit", "miss")
page_cache_responses = Counter(
    "vivapolis_page_cache_responses_total", "Answers of the page cache to anonymous visitors, by result.", ["result"]
)


class PageCacheCounterMiddleware:
    """Counts the page cache's hits and misses; placed just outside the page cache's own middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        result = response.get(PAGE_CACHE_HEADER)
        if result in PAGE_CACHE_RESULTS:
            page_cache_responses.labels(result=result).inc()
        return response


class TaskQueueCollector:
    """Background tasks ready to run and not yet claimed by a worker, per queue, read at each scrape."""

    def collect(self):
        try:
            depths = dict(DBTaskResult.objects.ready().order_by().values_list("queue_name").annotate(Count("id")))
        except DatabaseError as error:
            logger.warning("Task queue depth not read: %s: %s", type(error).__name__, error)
            return
        family = GaugeMetricFamily(
            "vivapolis_background_tasks_ready", "Background tasks waiting for a worker, per queue.", labels=["queue"]
        )
        for queue, depth in sorted(depths.items()):
            family.add_metric([queue], depth)
        yield family


# Collectors that read their figures when scraped: added to whatever django-prometheus exports.
scrape_time_registry = CollectorRegistry()
scrape_time_registry.register(TaskQueueCollector())


def client_allowed(request):
    """The peer and every address a proxy says it forwarded for must be allowed: a proxy on loopback
    does not open the metrics to the visitors it forwards, and a forged header can only refuse more."""
    allowed = networks(settings.METRICS_ALLOWED_IPS)
    return all(address_in(address, allowed) for address in [request.META.get("REMOTE_ADDR", ""), *forwarded_for(request)])


@never_cache
def metrics(request):
    if not client_allowed(request):
        return HttpResponseForbidden(_("Metrics are readable from the addresses of METRICS_ALLOWED_IPS only."), content_type="text/plain")
    response = ExportToDjangoView(request)
    response.content += generate_latest(scrape_time_registry)
    return response
