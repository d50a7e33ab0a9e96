"""Tags name what a cached response shows; purging a tag makes every response carrying it stale.

Each tag has a version, a random token kept in the shared cache. A response is stored with the
versions of its tags read *before* it was rendered; it is served again only while every one of
them is unchanged. A purge during a render therefore leaves that render stale, and a tag the cache
evicted gets a new token, which also leaves its responses stale: a lost tag never serves old pages.
"""

import uuid

from django.core.cache import cache

EVERYTHING = "all"  # carried by every response: settings and snippets appear on every page
ROUTES = "routes"  # responses that are not one page (sitemap, robots.txt, other apps' views)
_PREFIX = "pagecache:tag:"


def page_tag(page_id):
    return f"page:{page_id}"


def _key(tag):
    return _PREFIX + tag


def current_versions(tags):
    """``{tag: version}`` for ``tags``, giving a new version to a tag the cache does not hold."""
    keys = {_key(tag): tag for tag in tags}
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    for key in missing:
        cache.add(key, uuid.uuid4().hex, timeout=None)
    if missing:
        found.update(cache.get_many(missing))
    return {keys[key]: version for key, version in found.items()}


def still_current(versions):
    """Whether no tag of a stored response was purged since (``versions`` as ``current_versions`` gave)."""
    keys = {_key(tag): version for tag, version in versions.items()}
    return cache.get_many(keys) == keys


def purge(tags):
    cache.set_many({_key(tag): uuid.uuid4().hex for tag in tags}, timeout=None)
