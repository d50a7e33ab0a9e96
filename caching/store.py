"""Stored responses: what may be stored, under which key, and the response served from it."""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import has_vary_header
from django.utils.http import http_date
from django.utils.translation import get_language

_NOT_SHARED = ("private", "no-store", "no-cache")


@dataclass
class StoredResponse:
    content: bytes
    status: int
    headers: list
    versions: dict  # {tag: version} read before the response was rendered

    def response(self):
        return HttpResponse(self.content, status=self.status, headers=dict(self.headers))


def cache_key(request):
    """One entry per host, language and full path (query string included)."""
    path = hashlib.md5(request.get_full_path().encode(), usedforsecurity=False).hexdigest()
    return f"pagecache:response:{request.get_host()}:{get_language()}:{path}"


def request_may_use_cache(request):
    """Anonymous GET and HEAD without a session or messages: editors, previews and the admin bypass."""
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and not any(name in request.COOKIES for name in settings.PAGE_CACHE_BYPASS_COOKIES)
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path_info.startswith(tuple(settings.ADMIN_URL_PREFIXES))
    )


def response_may_be_shared(request, response):
    """Whether ``response`` holds nothing of this visitor: no cookie, CSRF token, nonce or private marker."""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_USED")
        and not isinstance(getattr(request, "_csp_nonce", None), str)
        and not has_vary_header(response, "Cookie")
        and not any(word in cache_control for word in _NOT_SHARED)
        and len(response.content) <= settings.PAGE_CACHE_MAX_BYTES
    )


def add_validators(response):
    """A strong ETag of the body and the time it was rendered, for conditional requests (304)."""
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
    if not response.has_header("Last-Modified"):
        response["Last-Modified"] = http_date(time.time())


def store(request, response, versions):
    headers = [(name, value) for name, value in response.items() if name.lower() != "set-cookie"]
    entry = StoredResponse(response.content, response.status_code, headers, versions)
    cache.set(cache_key(request), entry, settings.PAGE_CACHE_SECONDS)


def fetch(request):
    entry = cache.get(cache_key(request))
    return entry if isinstance(entry, StoredResponse) else None
