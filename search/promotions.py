"""Promoted results: the pages editors put first for a search, one list per language.

A promotion is found when the visitor's query has the same key as its search terms
(``search.query_keys``: case, accents and word endings do not matter).
"""

from wagtail.models import Page

from core import site_wide_cache
from core.visibility import public

from .models import PromotedPage, Promotion
from .query_keys import promotion_key


def promoted_keys(locale):
    """The query keys that have promoted pages in ``locale``, from the site-wide cache: most searches have
    none, and cost no query for them (``search.signals`` makes the cache stale when editors change one)."""
    return site_wide_cache.remember(
        f"search:promoted-keys:{locale.pk}",
        lambda: set(Promotion.objects.filter(locale=locale, pages__isnull=False).values_list("query_key", flat=True)),
    )


def promoted_pages(query, locale):
    """The promoted pages for ``query`` in ``locale``, in the editors' order, that visitors may see now."""
    key = promotion_key(query, locale.language_code)
    if not key or key not in promoted_keys(locale):
        return []
    shown = public(Page.objects.live().filter(locale=locale))
    return list(
        PromotedPage.objects.filter(promotion__locale=locale, promotion__query_key=key, page__in=shown.values("pk"))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
