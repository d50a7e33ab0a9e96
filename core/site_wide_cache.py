"""What every page shows and few changes alter (the menu, the footer, the locales), kept in the shared cache.

Entries carry one version, a random token in the shared cache: any change to a page, a view
restriction, a site, a locale, an image, a document or the ``SiteChrome`` setting gives a new version, and every entry
is built again at its next use. A change is rare next to page views, so one broad rule is cheaper
than working out which entries it alters, and it cannot miss one. The version changes when the
change is saved and again when its transaction commits, so that an entry read from the database
while the change was not committed yet is not used after it.

Within a request the version is read once, at the first entry, and the entries already read are kept
in the request's memory: a page uses a few of them several times.
"""

import uuid

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import SiteChrome, SocialLink

_VERSION_KEY = "vivapolis:site-wide:version"
_PREFIX = "vivapolis:site-wide"
# Models whose rows the cached entries are read from (images: the renditions of the cards they list;
# documents: the links of a fact sheet's shared fragment, with their format and size).
SOURCES = (Page, PageViewRestriction, Site, Locale, SiteChrome, SocialLink, get_image_model(), get_document_model())
_MISSING = object()
_ENTRY_SECONDS = 24 * 3600  # entries of past versions are never read again; let them expire
# Outside a request (commands, the worker, a shell) nothing is kept: each use reads the shared cache.
_request = Local()


def _start_request(**kwargs):
    _request.version = None
    _request.entries = {}


def _end_request(**kwargs):
    _request.version = None
    _request.entries = None


def _shared_version():
    version = cache.get(_VERSION_KEY)
    if version is None:
        cache.add(_VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(_VERSION_KEY)
    return version


def _version():
    if getattr(_request, "entries", None) is None:
        return _shared_version()
    if _request.version is None:
        _request.version = _shared_version()
    return _request.version


def remember(name, build):
    """The entry ``name`` (a string naming what it depends on, such as the site and language), built
    by ``build()`` when the cache does not hold it for the current version."""
    key = f"{_PREFIX}:{_version()}:{name}"
    in_request = getattr(_request, "entries", None)
    if in_request is not None and key in in_request:
        return in_request[key]
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, timeout=_ENTRY_SECONDS)
    if in_request is not None:
        in_request[key] = value
    return value


def _new_version():
    cache.set(_VERSION_KEY, uuid.uuid4().hex, timeout=None)
    if getattr(_request, "entries", None) is not None:  # the request that made the change sees it too
        _request.version = None
        _request.entries = {}


def forget():
    """Make every entry stale, now and once the current transaction commits."""
    _new_version()
    transaction.on_commit(_new_version)


def forget_on_change(sender, instance=None, raw=False, **kwargs):
    if not raw and isinstance(instance, SOURCES):
        forget()


def connect():
    for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
        signal.connect(forget_on_change, dispatch_uid="core_site_wide_cache")
    request_started.connect(_start_request, dispatch_uid="core_site_wide_cache_start")
    request_finished.connect(_end_request, dispatch_uid="core_site_wide_cache_end")
