"""The pages a search may find, as filters every search backend understands (each checks the filters of
the queryset it is given against the model's ``FilterField``s): read from the site-wide cache
(``core.site_wide_cache``), so that building them costs no query.
"""

import operator
from functools import reduce

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from core import site_wide_cache
from core.facets import searchable_page_models
from core.fallback import fallback_languages, locales_by_id


def _fallback_locales(language_code):
    """The locales of ``fallback_languages``, in order, from the site-wide cache."""
    by_code = {locale.language_code: locale for locale in locales_by_id().values()}
    return [by_code[code] for code in fallback_languages(language_code) if code in by_code]


def _restricted_sections():
    """``(path, depth)`` of every page with a view restriction (a source of the site-wide cache)."""
    return site_wide_cache.remember(
        "search:restricted-sections", lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth"))
    )


def _public(pages):
    """Wagtail's ``public()`` without its query: the same path and depth filters, which every backend reads
    (``core.visibility.public`` is one SQL condition, which search backends do not read)."""
    private = [Q(path__startswith=path) & Q(depth__gte=depth) for path, depth in _restricted_sections()]
    return pages.exclude(reduce(operator.or_, private)) if private else pages


def base_queryset(locale):
    """The pages a visitor may find, in a filter every backend understands: live, public, of a
    searchable type, in their language or one of its fallbacks (several versions of a page).

    No backend filters on ``alias_of``: ``visible_queryset`` (a sub-query) and the engine's
    ``facet_shown_to`` field complete the rule of ``core.visibility`` for aliases.
    """
    content_types = ContentType.objects.get_for_models(*searchable_page_models()).values()
    return _public(Page.objects.live()).filter(
        locale__in=_fallback_locales(locale.language_code), content_type__in=[ct.pk for ct in content_types]
    )
