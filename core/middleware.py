import re
from urllib.parse import urlsplit

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import (
    get_language_from_request,
    get_supported_language_variant,
)
from wagtail.contrib.redirects.middleware import RedirectMiddleware
from wagtail.models import Locale, Page, Site

from core.i18n import supported_language_codes
from core.visibility import public

LANGUAGE_LIKE = re.compile(r"^(?P<base>[a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{2,8})*$")


class UnknownLanguagePrefixMiddleware:
    """Send ``/de/…``, ``/pt-br/…`` or ``/EN/…`` to a language the site serves.

    A prefix that is a variant of a site language (``pt-br``, ``zh-cn``, ``EN``) goes to that
    language; any other language code is negotiated from the visitor's cookie, then
    Accept-Language, then French. URLs without any prefix (``/thematiques/``) are redirected
    the same way by Django's ``LocaleMiddleware`` because every page URL sits in ``i18n_patterns``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        prefix, _, rest = request.path_info.lstrip("/").partition("/")
        if prefix and prefix not in supported_language_codes() and self.is_language_code(prefix):
            language = self.site_language_for(prefix) or get_language_from_request(request, check_path=False)
            url = f"/{language}/{rest}"
            if request.META.get("QUERY_STRING"):
                url += "?" + request.META["QUERY_STRING"]
            response = HttpResponseRedirect(url)
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
            return response
        return self.get_response(request)

    @staticmethod
    def is_language_code(segment):
        match = LANGUAGE_LIKE.match(segment)
        if not match:
            return False
        code = segment.lower().replace("_", "-")
        return code in LANG_INFO or match["base"].lower() in LANG_INFO or any(
            supported.startswith(code + "-") for supported in supported_language_codes()
        )

    @staticmethod
    def site_language_for(segment):
        try:
            return get_supported_language_variant(segment.lower().replace("_", "-"))
        except LookupError:
            return None


class OldUrlRedirectMiddleware(RedirectMiddleware):
    """Old URLs of pages answer with a redirect to the page's current URL, query string kept.

    First Wagtail's redirects (*Settings → Redirects*: made by editors, or automatically when the
    slug of a published page changes), which Wagtail's own middleware answers without the query
    string. Then, for a 404 they leave, the old French-slug URL of a translation: before the site
    translated its slugs every translation had its French page's slugs (``/en/thematiques/energie/``),
    and no redirect was ever recorded for a translation whose slug was translated before it was first
    published. Such a path leads with a 301 to the live, public translation it names.
    """

    def process_response(self, request, response):
        if response.status_code != 404:
            return response
        redirected = super().process_response(request, response)
        if redirected is not response:
            return with_query_string(redirected, request)
        target = translation_url_from_source_path(request) if request.method in ("GET", "HEAD") else None
        if target is None:
            return response
        return with_query_string(HttpResponsePermanentRedirect(target), request)


def with_query_string(response, request):
    """``response``'s redirect with the request's query string, unless its target has one already."""
    query = request.META.get("QUERY_STRING", "")
    if query and "?" not in response["Location"]:
        response["Location"] += "?" + query
    return response


def translation_url_from_source_path(request):
    """The URL of the live, public page of the requested language whose French page has the requested path.

    ``/en/thematiques/energie/`` reads as the French page ``/fr/thematiques/energie/`` and leads to its
    English translation, wherever that is now; None for French URLs, home pages, unknown paths, and
    translations that are drafts, private, or already at this very URL (no loop).
    """
    language, _, rest = request.path_info.lstrip("/").partition("/")
    if language == settings.LANGUAGE_CODE or language not in supported_language_codes() or not rest:
        return None
    source_home = _source_home(request)
    if source_home is None:
        return None
    url_path = source_home.url_path + rest.rstrip("/") + "/"
    source = Page.objects.descendant_of(source_home).filter(url_path=url_path).first()
    if source is None:
        return None
    translation = (
        public(Page.objects.live()).filter(translation_key=source.translation_key, locale__language_code=language).first()
    )
    url = translation.get_url(request) if translation is not None else None
    if not url or urlsplit(url).path == request.path:
        return None
    return url


def _source_home(request):
    """The site's home page in the source language (French), or None."""
    site = Site.find_for_request(request)
    source_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if site is None or source_locale is None:
        return None
    return site.root_page.get_translation_or_none(source_locale)
