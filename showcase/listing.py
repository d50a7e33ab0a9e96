"""Pages that list fact sheets: filters from the facet registry, and pagination."""

from django.db.models import Q

from core import facets as facet_registry
from core.pagination import paginate, positive_int


class FactSheetListingMixin:
    """A page that lists fact sheets as filterable, paginated cards.

    Subclasses define ``fact_sheets()`` and, in ``fact_sheet_facets``, the facets visitors can
    filter by.
    """

    fact_sheet_facets = ("theme", "country", "programme")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(filter_fact_sheets(request, self.fact_sheets(), facets=self.fact_sheet_facets))
        return context


class BookletMixin:
    """A page whose ``fact_sheets()`` visitors can download as one PDF booklet (a theme, a country)."""

    has_booklet = True


def _filter_options(fact_sheets, name):
    """The live pages of a facet that at least one of ``fact_sheets`` is filed under, by title."""
    model = fact_sheets.model
    filed = Q(pk__in=[])
    ids = fact_sheets.order_by().values("pk")
    for declared in facet_registry.values_of(model, name):
        filed |= Q(pk__in=model.objects.filter(pk__in=ids).values(declared.lookup))
    options = facet_registry.option_models()[name].objects.live().public().filter(filed)
    return list(options.order_by("title").only("pk", "title"))


def filter_fact_sheets(request, fact_sheets, facets):
    """Apply the facet filters found in the query string and describe the choices left.

    Returns the context a listing template needs: ``page_obj`` and ``filters`` (one entry per
    facet, with its options and the selected one). Unknown values are ignored, never an error.
    """
    selected = {name: positive_int(request.GET.get(name)) for name in facets}
    filtered = fact_sheets
    for name, value in selected.items():
        if value is not None:
            filtered = filtered.filter(facet_registry.filed_under(fact_sheets.model, name, value))
    filters = [
        {
            "name": name,
            "label": facet_registry.get_facet(name).label,
            "options": _filter_options(fact_sheets, name),
            "selected": selected[name],
        }
        for name in facets
    ]
    return {
        "page_obj": paginate(filtered.distinct(), request.GET.get("page")),
        "filters": filters,
        "filters_active": any(value is not None for value in selected.values()),
    }
