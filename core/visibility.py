"""The one rule of what anonymous visitors may see, for every surface that shows them a page.

A page is visible when it is live (published, and a translation is a page of its own: an
unpublished translation is not live), public (no password, login or group restriction on it or
on an ancestor) and not an alias. Pages, listings, filter options, facets, search results and
the indexed text, suggestions, PDFs, maps, the sitemap and the translation-missing page all ask
this module, so that a draft or private page's title, link or id never reaches a visitor.
"""

from django.db.models import Exists, OuterRef, Prefetch
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def in_restricted_section():
    """Whether a page is at or under a page with a view restriction (password, login or groups).

    Wagtail's ``public()`` reads every restriction with a query each time a queryset is built; this is
    the same rule as one SQL condition, so that a page listing many links costs no query per link for it.
    """
    restriction_above = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return Exists(restriction_above)


def public(pages):
    """``pages`` without those in a restricted section: Wagtail's ``public()`` without its query."""
    return pages.exclude(in_restricted_section())


def visible_to_visitors(pages):
    """``pages`` (a queryset of pages of any type) narrowed to those anonymous visitors may see."""
    return public(pages.live()).filter(alias_of__isnull=True)


def visible_pages():
    return visible_to_visitors(Page.objects.all())


def visible_ids(page_ids):
    """The ids among ``page_ids`` (ids, or a query of ids) of pages visitors may see."""
    if isinstance(page_ids, (list, tuple, set)) and not page_ids:
        return set()
    return set(visible_pages().filter(pk__in=page_ids).values_list("pk", flat=True))


def is_visible(page):
    return page is not None and visible_pages().filter(pk=page.pk).exists()


def visible_link(field_name, pages=None):
    """A ``Prefetch`` of a link to a page (a foreign key) that leaves it ``None`` when visitors may
    not see the linked page: templates then show nothing of a draft or private country or programme."""
    return Prefetch(field_name, queryset=visible_to_visitors(pages if pages is not None else Page.objects.all()))


def visible_rows(related_name, rows, page_field, to_attr):
    """A ``Prefetch`` of inline rows (a fact sheet's theme links) whose linked page visitors may see,
    with that page, stored in ``to_attr``."""
    return Prefetch(
        related_name,
        queryset=rows.filter(**{f"{page_field}__in": visible_pages()}).select_related(page_field),
        to_attr=to_attr,
    )
