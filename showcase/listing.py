"""Pages that list fact sheets: filters from the facet registry, language fallback and pagination."""

from functools import cache

from django.core.paginator import Paginator
from django.db.models import Q

from core import facets as facet_registry
from core import site_wide_cache
from core.collation import sorted_by_title
from core.fallback import (
    best_version_ids,
    best_versions,
    translation_ids,
    versions_of_the_same_pages,
)
from core.pagination import PAGE_SIZE, paginate, positive_int
from core.visibility import visible_ids

SHARED_PAGES = 10  # the first pages of each unfiltered listing, kept in the site-wide cache


class FactSheetListingMixin:
    """A page that lists fact sheets as filterable, paginated cards.

    Subclasses define ``fact_sheets()`` and, in ``fact_sheet_facets``, the facets visitors can
    filter by.
    """

    fact_sheet_facets = ("theme", "country", "programme")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        shared = self.pk is not None and not getattr(request, "is_preview", False)
        cache_name = f"fact-sheet-listing:{self.pk}:{language}" if shared else None
        context.update(filter_fact_sheets(request, self.fact_sheets, self.fact_sheet_facets, language, cache_name))
        return context


class BookletMixin:
    """A page whose ``fact_sheets()`` visitors can download as one PDF booklet (a theme, a country)."""

    has_booklet = True


def _filter_options(fact_sheets, name, language):
    """The options of a filter: every page of the facet that one of ``fact_sheets`` is filed under,
    in the visitor's language when translated, by title."""
    model = fact_sheets.model
    listed = fact_sheets.order_by().values("pk")
    filed = Q(pk__in=[])
    for declared in facet_registry.values_of(model, name):
        filed |= Q(pk__in=model.objects.filter(pk__in=listed).values(declared.lookup))
    option_model = facet_registry.option_models()[name]
    candidates = versions_of_the_same_pages(option_model.objects.filter(filed).values("pk"))
    options = best_versions(option_model.objects.filter(pk__in=candidates.values("pk")), language)
    return sorted_by_title(options.only("pk", "title", "locale_id"), language)


def _selected_options(request, facets):
    """``{facet: option id or None}`` from the query string: a malformed id, or the id of a page
    visitors may not see (a draft theme), is ignored."""
    selected = {name: positive_int(request.GET.get(name)) for name in facets}
    shown = visible_ids([value for value in selected.values() if value is not None])
    return {name: value if value in shown else None for name, value in selected.items()}


def _cached_filter_options(listed, name, language, cache_name):
    """The options of a filter, kept in the site-wide cache under ``cache_name`` when given: they change only
    when pages do (``core.site_wide_cache``), not with the filters a visitor chooses."""
    if cache_name is None:
        return _filter_options(listed(), name, language)
    return site_wide_cache.remember(f"{cache_name}:{name}", lambda: list(_filter_options(listed(), name, language)))


def _filtered(fact_sheets, selected):
    for name, value in selected.items():
        if value is not None:
            fact_sheets = fact_sheets.filter(
                facet_registry.filed_under(fact_sheets.model, name, translation_ids([value]))
            )
    return fact_sheets.distinct()


def filter_fact_sheets(request, read_fact_sheets, facets, language, cache_name=None):
    """Apply the facet filters found in the query string to the fact sheets ``read_fact_sheets()`` lists, and
    describe the choices left.

    An option chosen in any language filters by all its translations. Returns the context a
    listing template needs: ``page_obj``, ``filters`` (one entry per facet, with its options
    and the selected one) and ``shared_cards``, the name its cards are kept under when shared. Unknown values are ignored, never an error. With ``cache_name``, the
    filters' options and the first pages of the unfiltered listing are kept in the site-wide cache, and
    the listing's query is not even built when they are there.
    """
    listed = cache(read_fact_sheets)
    selected = _selected_options(request, facets)
    shown_selection = best_version_ids([value for value in selected.values() if value], language)
    filters = [
        {
            "name": name,
            "label": facet_registry.get_facet(name).label,
            "options": _cached_filter_options(listed, name, language, cache_name),
            "selected": shown_selection.get(selected[name]),
        }
        for name in facets
    ]
    filters_active = any(value is not None for value in selected.values())
    page_number = request.GET.get("page")
    shared_cards = None
    if filters_active or cache_name is None:
        page_obj = paginate(_filtered(listed(), selected), page_number)
    else:
        page_obj = _shared_page(lambda: listed().distinct(), page_number, cache_name)
        if page_obj.number <= SHARED_PAGES:
            shared_cards = f"{cache_name}:cards:{page_obj.number}"
    return {"page_obj": page_obj, "filters": filters, "filters_active": filters_active, "shared_cards": shared_cards}


def _shared_page(read_fact_sheets, page_number, cache_name):
    """A page of an unfiltered listing, its cards kept in the site-wide cache (any page change makes them
    stale): the listing a visitor reaches first costs no query for its cards. Far pages are read each time."""
    number = positive_int(page_number, maximum=float("inf")) or 1
    if number > SHARED_PAGES:
        return paginate(read_fact_sheets(), page_number)

    def read():
        page = paginate(read_fact_sheets(), str(number))
        return list(page.object_list), page.number, page.paginator.count

    cards, number, count = site_wide_cache.remember(f"{cache_name}:page:{number}", read)
    page = Paginator([None] * count, PAGE_SIZE).page(number)
    page.object_list = cards
    return page
