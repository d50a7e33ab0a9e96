"""Promoted results made the way an editor saves them in *Settings → Promoted search results*."""

from search.models import PromotedPage, Promotion


def promote(query_string, *pages, locale=None, description=""):
    """A promotion of ``pages``, in this order, for ``query_string`` in the pages' language."""
    promotion = Promotion.objects.create(locale=locale or pages[0].locale, query_string=query_string)
    for position, page in enumerate(pages):
        PromotedPage.objects.create(promotion=promotion, page=page, description=description, sort_order=position)
    return promotion
