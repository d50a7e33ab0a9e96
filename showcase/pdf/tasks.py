"""Booklets are rendered by the background worker, not in the visitor's request (README, "Background work").

A booklet of a theme or a country takes seconds to render: the view stores the booklet's HTML in the
shared cache and queues ``render_booklet`` with its cache key only (the task's row stays small; the
HTML, up to a few megabytes, lives in the cache). The task puts the PDF, or the refusal of text the
fonts cannot draw, in the shared cache, where the view finds it at the visitor's next request.
"""

import logging

from django.core.cache import cache
from django_tasks import task

from . import render_pdf, single_flight
from .glyphs import UndrawableText

LOGGER = logging.getLogger(__name__)
PDF_CACHE_SECONDS = 24 * 60 * 60
# Long enough for a task whose worker died to be queued again and run (BACKGROUND_WORKER_LOST_AFTER).
WAITING_HTML_SECONDS = 60 * 60


def html_key(key):
    return f"{key}:html"


def render_or_refusal(html, base_url):
    try:
        return render_pdf(html, base_url=base_url)
    except UndrawableText as refusal:
        return refusal


def queue_render(key, html, base_url):
    """Queue one render of ``html`` under ``key``, however many visitors ask for it at the same time."""
    if single_flight.claim(key):
        cache.set(html_key(key), html, WAITING_HTML_SECONDS)
        render_booklet.enqueue(key, base_url)


@task(backend="background")
def render_booklet(key, base_url):
    """Render the booklet whose HTML waits in the cache under ``key``; its PDF then waits under ``key``."""
    html = cache.get(html_key(key))
    if html is None:  # evicted: the next visitor's request queues the render again
        LOGGER.warning("The HTML of booklet %s left the cache before its render.", key)
    else:
        cache.set(key, render_or_refusal(html, base_url), PDF_CACHE_SECONDS)
        cache.delete(html_key(key))
    single_flight.release(key)
