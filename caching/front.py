"""The front cache (Varnish at ``FRONT_CACHE_URL``) forgets what the page cache forgets, when it forgets it.

``invalidation.purge_on_commit`` hands every purge here too. The addresses are worked out at once, while a
deleted page still exists, and sent after the commit through Wagtail's ``PurgeBatch`` (one PURGE request
per address to the HTTP backend of ``WAGTAILFRONTENDCACHE``):

- each page whose tag is purged, at its address; a translation is a page of its own, and the page cache's
  rules (``related.pages_showing``) already name every language's version;
- when the responses that are not one page are purged, the views of ``PAGE_CACHE_VIEWS`` (sitemap.xml,
  robots.txt) in every language;
- when everything is purged, the root of each site, which the front cache reads as "every address of this
  host" (``scripts/cluster/default.vcl``; "/" itself is a redirect by language and never stored).

Wagtail's own handlers purge the published page's address inside the editor's transaction: a visitor
arriving before the commit would put the old page back into the front cache. They are disconnected, so
that each address is purged once, after the commit.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache import signal_handlers as wagtail_handlers
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished

from . import tags

_PAGE_TAG_PREFIX = tags.page_tag("")


def in_use():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _page_ids(tag_names):
    return {int(name.removeprefix(_PAGE_TAG_PREFIX)) for name in tag_names if name.startswith(_PAGE_TAG_PREFIX)}


def _route_paths():
    paths = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths |= {reverse(name) for name in settings.PAGE_CACHE_VIEWS}
    return paths


def batch_for(tag_names):
    """The addresses to purge for the page cache's ``tag_names``."""
    batch = PurgeBatch()
    roots = [site.root_url for site in Site.objects.all()]
    if tags.EVERYTHING in tag_names:
        batch.add_urls(f"{root}/" for root in roots)
        return batch
    batch.add_pages(Page.objects.filter(pk__in=_page_ids(tag_names)).specific(defer=True))
    if tags.ROUTES in tag_names:
        batch.add_urls(root + path for root in roots for path in _route_paths())
    return batch


def purge_on_commit(tag_names):
    if in_use():
        transaction.on_commit(batch_for(tag_names).purge)


def disconnect_wagtail_handlers():
    for model in apps.get_models():
        if issubclass(model, Page):
            page_published.disconnect(wagtail_handlers.page_published_signal_handler, sender=model)
            page_unpublished.disconnect(wagtail_handlers.page_unpublished_signal_handler, sender=model)
