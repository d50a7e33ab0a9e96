"""Language fallback: what a visitor sees of a page that is not translated into their language yet.

Listings and search show, for every translation key, the page in the visitor's language when it
is live and public, else the best other version in the fallback order of that language
(``VIVAPOLIS_LANGUAGE_FALLBACKS``; by default English, then French). Such a page is shown in its
own language and marked with it. The sitemap and ``hreflang`` links do not use this module: they
list only real translations.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import translation
from wagtail.models import Locale, Page

from core import site_wide_cache
from core.visibility import visible_pages


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def fallback_languages(language_code):
    """The visitor's language, then the configured fallbacks, then English and French, once each."""
    configured = settings.VIVAPOLIS_LANGUAGE_FALLBACKS.get(language_code, [])
    order = [language_code, *configured, *settings.VIVAPOLIS_DEFAULT_FALLBACKS]
    served = set(site_languages())
    return [code for position, code in enumerate(order) if code in served and code not in order[:position]]


def fallback_locales(language_code=None):
    """Locales in the fallback order of ``language_code`` (the active language by default)."""
    codes = fallback_languages(language_code or translation.get_language())
    by_code = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)}
    return [by_code[code] for code in codes if code in by_code]


def visible_versions():
    """Pages a visitor may be sent to (``core.visibility``)."""
    return visible_pages()


def best_versions(queryset, language_code=None):
    """``queryset`` narrowed to one page per translation key: the visible version that comes first
    in the fallback order. One SQL query, however many pages and languages."""
    codes = fallback_languages(language_code or translation.get_language())
    condition = Q(pk__in=[])
    for rank, code in enumerate(codes):
        better = visible_versions().filter(translation_key=OuterRef("translation_key"), locale__language_code__in=codes[:rank])
        condition |= Q(locale__language_code=code) & ~Exists(better) if rank else Q(locale__language_code=code)
    return queryset.filter(condition)


def best_version(page, language_code=None):
    """The visible version of ``page`` a visitor of ``language_code`` should be sent to, or None."""
    if page is None:
        return None
    versions = visible_versions().filter(translation_key=page.translation_key)
    # A plain page with its locale: what a link needs (title, URL, language), in one query.
    return best_versions(versions, language_code).select_related("locale").first()


def linked_versions(page_ids, language_code=None):
    """For the pages a page links to (ids, in any language): ``(versions, visible)``, where ``versions`` is
    ``{page id: the page a visitor of language_code follows}`` (``best_version``, with its locale) and
    ``visible`` the ids of the linked pages visitors may see themselves. Two queries for any number of links."""
    ids = {pk for pk in page_ids if pk}
    if not ids:
        return {}, set()
    is_visible = Exists(visible_versions().filter(pk=OuterRef("pk")))
    rows = Page.objects.filter(pk__in=ids).annotate(visible=is_visible).values_list("pk", "translation_key", "visible")
    keys = {pk: key for pk, key, _visible in rows}
    shown = best_versions(visible_versions().filter(translation_key__in=set(keys.values())), language_code)
    by_key = {page.translation_key: page for page in shown.select_related("locale")}
    versions = {pk: by_key[key] for pk, key in keys.items() if key in by_key}
    return versions, {pk for pk, _key, visible in rows if visible}


def versions_of_the_same_pages(page_ids_query):
    """Visible pages sharing a translation key with the pages of ``page_ids_query`` (ids, or a query of ids)."""
    keys = Page.objects.filter(pk__in=page_ids_query).values("translation_key")
    return visible_versions().filter(translation_key__in=keys)


def best_version_ids(page_ids, language_code=None):
    """``{page id: id of the version a visitor of language_code sees}`` for pages in any language."""
    if isinstance(page_ids, (list, tuple, set)) and not page_ids:
        return {}
    keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    shown = best_versions(visible_versions().filter(translation_key__in=set(keys.values())), language_code)
    best = dict(shown.values_list("translation_key", "pk"))
    return {pk: best[key] for pk, key in keys.items() if key in best}


def translation_ids(page_ids):
    """Every page id sharing a translation key with one of ``page_ids`` (the same option in every language)."""
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    return list(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))


def locales_by_id():
    """``{locale id: Locale}``, kept in the site-wide cache (locales seldom change)."""
    return site_wide_cache.remember("locales", lambda: Locale.objects.in_bulk())


def language_codes():
    """``{locale id: language code}``: a listing marks each card shown in another language without a query per card."""
    return {pk: locale.language_code for pk, locale in locales_by_id().items()}


@dataclass(frozen=True)
class OtherLanguage:
    code: str  # Django's code, for ``lang``: zh-hans
    hreflang: str  # BCP 47, for ``hreflang``: zh-Hans
    name: str  # in the visitor's language: "French", "Français", "Francês"


def other_language(page, visitor_locale_id):
    """``OtherLanguage`` of ``page`` when it is not in the visitor's locale, else None."""
    if page is None or visitor_locale_id is None or page.locale_id == visitor_locale_id:
        return None
    code = language_codes().get(page.locale_id) or page.locale.language_code
    return OtherLanguage(code, translation.to_locale(code).replace("_", "-"), translation.get_language_info(code)["name_translated"])
