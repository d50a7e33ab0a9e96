"""Language fallback: what a visitor sees of a page that is not translated into their language yet.

Listings and search show, for every translation key, the page in the visitor's language when it
is live and public, else the best other version in the fallback order of that language
(``VIVAPOLIS_LANGUAGE_FALLBACKS``; by default English, then French). Such a page is shown in its
own language and marked with it. The sitemap and ``hreflang`` links do not use this module: they
list only real translations.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import translation
from wagtail.models import Locale, Page


def fallback_languages(language_code):
    """The visitor's language, then the configured fallbacks, then English and French, once each."""
    configured = settings.VIVAPOLIS_LANGUAGE_FALLBACKS.get(language_code, [])
    order = [language_code, *configured, *settings.VIVAPOLIS_DEFAULT_FALLBACKS]
    site_languages = {code for code, _name in settings.LANGUAGES}
    return [code for position, code in enumerate(order) if code in site_languages and code not in order[:position]]


def fallback_locales(language_code=None):
    """Locales in the fallback order of ``language_code`` (the active language by default)."""
    codes = fallback_languages(language_code or translation.get_language())
    by_code = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)}
    return [by_code[code] for code in codes if code in by_code]


def _visible_versions():
    return Page.objects.live().public().filter(alias_of__isnull=True)


def best_versions(queryset, language_code=None):
    """``queryset`` narrowed to one page per translation key: the visible version that comes first
    in the fallback order. One SQL query, however many pages and languages."""
    locales = fallback_locales(language_code)
    condition = Q(pk__in=[])
    for rank, locale in enumerate(locales):
        better = _visible_versions().filter(translation_key=OuterRef("translation_key"), locale__in=locales[:rank])
        condition |= Q(locale=locale) & ~Exists(better) if rank else Q(locale=locale)
    return queryset.filter(condition)


def best_version(page, language_code=None):
    """The visible version of ``page`` a visitor of ``language_code`` should be sent to, or None."""
    if page is None:
        return None
    versions = _visible_versions().filter(translation_key=page.translation_key)
    return best_versions(versions, language_code).specific().first()


def translation_ids(page_ids):
    """Every page id sharing a translation key with one of ``page_ids`` (the same option in every language)."""
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    return list(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))


def is_fallback(page, language_code=None):
    """Whether ``page`` is shown to a visitor of another language (so it must be marked with its own)."""
    return page is not None and page.locale.language_code != (language_code or translation.get_language())
