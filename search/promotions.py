"""Promoted results: the pages editors put first for a search, one list per language.

A promotion is found when the visitor's query has the same key as its search terms
(``search.query_keys``: case, accents and word endings do not matter).
"""

from wagtail.models import Page

from .models import PromotedPage
from .query_keys import promotion_key


def promoted_pages(query, locale):
    """The promoted pages for ``query`` in ``locale``, in the editors' order, that visitors may see now."""
    key = promotion_key(query, locale.language_code)
    if not key:
        return []
    promoted = list(
        PromotedPage.objects.filter(promotion__locale=locale, promotion__query_key=key)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    promoted_ids = [row.page_id for row in promoted]
    visible = set(Page.objects.live().public().filter(locale=locale, pk__in=promoted_ids).values_list("pk", flat=True))
    return [row for row in promoted if row.page_id in visible]
