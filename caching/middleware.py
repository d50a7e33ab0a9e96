"""The page cache: anonymous visitors get a stored copy of pages and opted-in views.

A response is stored when Wagtail served a page visitors may see (``wagtail_hooks.tag_served_page``)
or when its view opted in: its URL name is in ``PAGE_CACHE_VIEWS`` or it answered
``Cache-Control: public`` (Django's ``@cache_control(public=True)``). See README, "Page cache".
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from . import store, tags

SERVED_PAGE_VERSIONS = "_page_cache_page_versions"


def _versions_to_store(request, response, site_versions):
    """The tags of this response with the versions read before its render, or ``None`` to not store it."""
    page_versions = getattr(request, SERVED_PAGE_VERSIONS, None)
    if page_versions is not None:
        return {tags.EVERYTHING: site_versions[tags.EVERYTHING], **page_versions}
    match = request.resolver_match
    opted_in = (match is not None and match.url_name in settings.PAGE_CACHE_VIEWS) or "public" in response.get(
        "Cache-Control", ""
    )
    return site_versions if opted_in else None


def _public_cache_control(response):
    # A front cache that is sent the purges (FRONT_CACHE_URL) may keep pages as long as the page cache does.
    edge = {"s_maxage": settings.FRONT_CACHE_MAX_AGE} if settings.FRONT_CACHE_URL else {}
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_MAX_AGE,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        **edge,
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not store.request_may_use_cache(request):
            return self._bypass(request)
        entry = store.fetch(request)
        if entry is not None and tags.still_current(entry.versions):
            response = entry.response()
            response["X-Page-Cache"] = "hit"
            return response
        site_versions = tags.current_versions([tags.EVERYTHING, tags.ROUTES])
        response = self.get_response(request)
        versions = _versions_to_store(request, response, site_versions)
        if versions is None or not store.response_may_be_shared(request, response):
            return response
        store.add_validators(response)
        _public_cache_control(response)
        store.store(request, response, versions)
        response["X-Page-Cache"] = "miss"
        return response

    def _bypass(self, request):
        """Pages for editors and visitors with a session are never kept by a browser or a CDN for others."""
        response = self.get_response(request)
        if settings.PAGE_CACHE_ENABLED and not response.has_header("Cache-Control") and request.method in ("GET", "HEAD"):
            patch_cache_control(response, private=True)
        return response
