"""Which languages a page is published in, and the links that lead a visitor between them.

Shared by the language switcher, the ``hreflang`` links, the sitemap and the
"translation missing" view, so that all four agree on what "published" means.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation
from wagtail.models import Page

from core import site_wide_cache
from core.visibility import in_restricted_section


def hreflang(language_code):
    """The BCP 47 tag for a Django language code: ``zh-hans`` becomes ``zh-Hans``."""
    return translation.to_locale(language_code).replace("_", "-")


def language_name(language_code):
    """The language's own name for itself (``Español``), as listed in ``LANGUAGES``."""
    return dict(settings.LANGUAGES).get(language_code) or LANG_INFO.get(language_code, {}).get("name_local", language_code)


def supported_language_codes():
    return [code for code, _name in settings.LANGUAGES]


def live_translations(page, request=None):
    """``{language_code: page}`` for every live, public version of ``page`` (itself included).

    Kept in the site-wide cache (any page change makes it stale) and memoised on the request: the
    switcher, the ``hreflang`` links and the canonical link of every page ask the same question.
    """
    cache = getattr(request, "_vivapolis_live_translations", None) if request is not None else None
    if cache is not None and page.translation_key in cache:
        return cache[page.translation_key]
    translations = site_wide_cache.remember(f"translations:{page.translation_key}", lambda: _read_live_translations(page))
    if request is not None:
        if cache is None:
            cache = request._vivapolis_live_translations = {}
        cache[page.translation_key] = translations
    return translations


def _read_live_translations(page):
    pages = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .live()
        .exclude(in_restricted_section())
        .select_related("locale")
        .defer_streamfields()
    )
    return {version.locale.language_code: version for version in pages}


def choose_language_url(language_code, next_url):
    """The link that records the visitor's choice of language, then leads to ``next_url``."""
    return reverse("choose_language") + "?" + urlencode({"language": language_code, "next": next_url})


def translation_missing_url(language_code, page):
    with translation.override(language_code):
        return reverse("translation_missing", kwargs={"page_id": page.pk})


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    hreflang: str
    url: str
    is_current: bool
    is_available: bool
    bidi: bool


def language_links(request, page=None):
    """One link per site language, to the same page in that language or to an explanation."""
    if request is None or (isinstance(page, Page) and page.pk is None):
        return []  # an error page rendered without a request, or the preview of a page never saved
    current = translation.get_language()
    translations = live_translations(page, request) if isinstance(page, Page) else None
    links = []
    for code in supported_language_codes():
        is_available = True
        if translations is not None:
            if code in translations:
                target = translations[code].get_url(request)
            else:
                is_available = False
                target = translation_missing_url(code, page)
        else:
            target = _same_view_in(request, code)
        links.append(
            LanguageLink(
                code=code,
                name=language_name(code),
                hreflang=hreflang(code),
                url=choose_language_url(code, target),
                is_current=code == current,
                is_available=is_available,
                bidi=translation.get_language_info(code)["bidi"],
            )
        )
    return links


def _same_view_in(request, language_code):
    """The current view (search, explanation page) in another language; else that language's home.

    A Wagtail URL that reaches this point is not a page (a 404): its home is the safe target.
    """
    path = request.path
    try:
        is_page_url = resolve(path).url_name == "wagtail_serve"
    except Resolver404:
        is_page_url = True
    translated = translate_url(path, language_code)
    if is_page_url or (translated == path and not path.startswith(f"/{language_code}/")):
        with translation.override(language_code):
            return reverse("wagtail_serve", args=[""])
    query = request.GET.get("q")
    return translated + ("?" + urlencode({"q": query}) if query else "")


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    url: str


def page_alternates(request, page):
    """``hreflang`` alternates of a page: each published translation, then ``x-default``."""
    translations = live_translations(page, request)
    if not any(version.pk == page.pk for version in translations.values()):
        return []  # a preview or a draft: nothing public to point to
    alternates = [
        Alternate(hreflang(code), translations[code].get_full_url(request))
        for code in supported_language_codes()
        if code in translations
    ]
    default = translations.get(settings.LANGUAGE_CODE) or page
    alternates.append(Alternate("x-default", default.get_full_url(request)))
    return alternates
