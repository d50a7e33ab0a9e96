import re

from django.conf.locale import LANG_INFO
from django.http import HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import (
    get_language_from_request,
    get_supported_language_variant,
)

from core.i18n import supported_language_codes

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
