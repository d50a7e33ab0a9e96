from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from wagtail.models import Locale, Page, Site

from core import i18n
from core.sitemaps import sitemap_response
from core.visibility import visible_pages

LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60


@require_safe
def language_redirect(request):
    """``/`` leads to the home page in the visitor's language (cookie, then Accept-Language, then French)."""
    language = translation.get_language_from_request(request, check_path=False)
    response = redirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def choose_language(request):
    """Remember the language a visitor picked in the switcher, then show the page in that language.

    Works with plain links (GET), so that the switcher needs no JavaScript and no form.
    """
    data = request.POST if request.method == "POST" else request.GET
    language = data.get("language", "")
    if language not in i18n.supported_language_codes():
        return HttpResponseBadRequest(
            _("Unknown language. Choose one of: %(languages)s.")
            % {"languages": ", ".join(i18n.supported_language_codes())},
            content_type="text/plain; charset=utf-8",
        )
    next_url = data.get("next", "")
    safe = url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    if not safe or not next_url.startswith(f"/{language}/") or any(ord(char) < 32 or ord(char) == 127 for char in next_url):
        next_url = f"/{language}/"
    response = redirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE or LANGUAGE_COOKIE_MAX_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE or request.is_secure(),
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE or "Lax",
    )
    return response


@require_safe
def translation_missing(request, page_id):
    """Say plainly that a page has no published version in the active language, and offer the others."""
    try:
        page = visible_pages().get(pk=page_id, depth__gt=1)  # a draft's id is as unknown as any other
    except (Page.DoesNotExist, OverflowError):
        raise Http404(_("This page does not exist."))
    language = translation.get_language()
    translations = i18n.live_translations(page, request)
    if language in translations:
        return redirect(translations[language].get_url(request))

    available = [
        {"name": i18n.language_name(code), "hreflang": i18n.hreflang(code), "page": translations[code], "url": translations[code].get_url(request)}
        for code in i18n.supported_language_codes()
        if code in translations
    ]
    original = translations.get(settings.LANGUAGE_CODE)
    response = TemplateResponse(
        request,
        "core/translation_missing.html",
        {
            "original": original,
            "original_url": original.get_url(request) if original else None,
            "original_language": translation.get_language_info(settings.LANGUAGE_CODE)["name_translated"],
            "available": [item for item in available if item["page"] is not original],
            "home_url": _home_url(request, language),
            "language_name": translation.get_language_info(language)["name_translated"],
        },
    )
    response["X-Robots-Tag"] = "noindex"
    return response


def _home_url(request, language):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is not None:
        locale = Locale.objects.filter(language_code=language).first()
        home = site.root_page.get_translation_or_none(locale) if locale else None
        if home is not None and home.live:
            return home.get_url(request)
    return f"/{language}/"


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /language/",
        *(f"Disallow: /{code}/translation-missing/" for code in i18n.supported_language_codes()),
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def sitemap(request):
    return sitemap_response(request)
