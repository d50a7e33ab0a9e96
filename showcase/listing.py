"""Pages that list fact sheets: filters from the facet registry, language fallback and pagination."""

from django.db.models import Q

from core import facets as facet_registry
from core.collation import sorted_by_title
from core.fallback import best_version_ids, best_versions, translation_ids, versions_of_the_same_pages
from core.pagination import paginate, positive_int
from core.visibility import visible_ids


class FactSheetListingMixin:
    """A page that lists fact sheets as filterable, paginated cards.

    Subclasses define ``fact_sheets()`` and, in ``fact_sheet_facets``, the facets visitors can
    filter by.
    """

    fact_sheet_facets = ("theme", "country", "programme")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        context.update(filter_fact_sheets(request, self.fact_sheets(), self.fact_sheet_facets, language))
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


def filter_fact_sheets(request, fact_sheets, facets, language):
    """Apply the facet filters found in the query string and describe the choices left.

    An option chosen in any language filters by all its translations. Returns the context a
    listing template needs: ``page_obj`` and ``filters`` (one entry per facet, with its options
    and the selected one). Unknown values are ignored, never an error.
    """
    selected = _selected_options(request, facets)
    filtered = fact_sheets
    for name, value in selected.items():
        if value is not None:
            filtered = filtered.filter(facet_registry.filed_under(fact_sheets.model, name, translation_ids([value])))
    shown_selection = best_version_ids([value for value in selected.values() if value], language)
    filters = [
        {
            "name": name,
            "label": facet_registry.get_facet(name).label,
            "options": _filter_options(fact_sheets, name, language),
            "selected": shown_selection.get(selected[name]),
        }
        for name in facets
    ]
    return {
        "page_obj": paginate(filtered.distinct(), request.GET.get("page")),
        "filters": filters,
        "filters_active": any(value is not None for value in selected.values()),
    }
