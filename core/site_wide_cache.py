"""What every page shows and few changes alter (the menu, the footer, the locales), kept in the shared cache.

Entries carry one version, a random token in the shared cache: any change to a page, a view
restriction, a site, a locale, an image or the ``SiteChrome`` setting gives a new version, and every entry
is built again at its next use. A change is rare next to page views, so one broad rule is cheaper
than working out which entries it alters, and it cannot miss one. The version changes when the
change is saved and again when its transaction commits, so that an entry read from the database
while the change was not committed yet is not used after it.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import SiteChrome, SocialLink

_VERSION_KEY = "vivapolis:site-wide:version"
_PREFIX = "vivapolis:site-wide"
# Models whose rows the cached entries are read from (images: the renditions of the cards they list).
SOURCES = (Page, PageViewRestriction, Site, Locale, SiteChrome, SocialLink, get_image_model())
_MISSING = object()
_ENTRY_SECONDS = 24 * 3600  # entries of past versions are never read again; let them expire


def _version():
    version = cache.get(_VERSION_KEY)
    if version is None:
        cache.add(_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(_VERSION_KEY)
    return version


def remember(name, build):
    """The entry ``name`` (a string naming what it depends on, such as the site and language), built
    by ``build()`` when the cache does not hold it for the current version."""
    key = f"{_PREFIX}:{_version()}:{name}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, timeout=_ENTRY_SECONDS)
    return value


def forget():
    """Make every entry stale, now and once the current transaction commits."""
    cache.set(_VERSION_KEY, uuid.uuid4().hex, timeout=None)
    transaction.on_commit(lambda: cache.set(_VERSION_KEY, uuid.uuid4().hex, timeout=None))


def forget_on_change(sender, instance=None, raw=False, **kwargs):
    if not raw and isinstance(instance, SOURCES):
        forget()


def connect():
    for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
        signal.connect(forget_on_change, dispatch_uid="core_site_wide_cache")
