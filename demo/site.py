"""The demo's Wagtail site, collection and search indexing pause."""

import os
from contextlib import contextmanager

from django.core.management import CommandError
from django.db import connection
from django.db.models.signals import post_save
from wagtail.models import Collection, Page, PageLogEntry, Site
from wagtail.search import signal_handlers as search_signals
from wagtail.search.index import get_indexed_models

from core import signals as rendition_signals
from search import signals as publish_signals


def refresh_statistics():
    """On PostgreSQL, planner statistics for the rows the build has just written.

    The whole build is one transaction, which autovacuum cannot see into: without fresh statistics
    PostgreSQL takes the growing translation tables for empty, and wagtail-localize's queries on
    them (exporting a PO file, indexing) take minutes instead of milliseconds.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


@contextmanager
def without_search_auto_update():
    """Index once at the end (update_index) rather than on every save of every page."""
    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    publish_signals.disconnect()
    try:
        yield
    finally:
        for model in models:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
        publish_signals.connect()


@contextmanager
def without_renditions_on_publish():
    """Each publish would look for its images' renditions again; ``generate_renditions`` makes them once."""
    rendition_signals.disconnect()
    try:
        yield
    finally:
        rendition_signals.connect()


def site_address():
    """(hostname, port) of the demo site, from DEMO_SITE_HOSTNAME and DEMO_SITE_PORT."""
    hostname = os.environ.get("DEMO_SITE_HOSTNAME", "").strip() or "127.0.0.1"
    port = os.environ.get("DEMO_SITE_PORT", "").strip() or "8000"
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise CommandError(f"DEMO_SITE_PORT must be a port number between 1 and 65535, not {port!r}.")
    return hostname, int(port)


def point_site_to(home, site_name):
    """Make ``home`` the root of the default site, at the demo site's address."""
    hostname, port = site_address()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    welcome_page = site.root_page if site.pk else None
    site.hostname, site.port, site.root_page, site.site_name = hostname, port, home, site_name
    site.save()
    # Wagtail's initial "Welcome to your new Wagtail site!" page is no longer reachable.
    if welcome_page and welcome_page.pk != home.pk and welcome_page.specific_class is Page and not welcome_page.numchild:
        welcome_page_id = welcome_page.pk
        welcome_page.delete()
        # Its log entries would point at a page that no longer exists: natural-key dumps fail on them.
        PageLogEntry.objects.filter(page_id=welcome_page_id).delete()


def demo_collection(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)
