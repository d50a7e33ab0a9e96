"""Filtering and pagination shared by every page that lists fact sheets."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext_lazy as _

PAGE_SIZE = 12

FACETS = {
    "theme": {"label": _("Theme"), "lookup": "theme_links__theme_id", "model": ("themes", "ThemePage")},
    "country": {"label": _("Country"), "lookup": "country_links__country_id", "model": ("showcase", "CountryPage")},
    "programme": {"label": _("Programme"), "lookup": "programme_id", "model": ("themes", "ProgrammePage")},
}


def paginate(request, queryset, per_page=PAGE_SIZE):
    """The requested page of results; a missing, malformed or out-of-range number gives the nearest page."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def _selected_id(request, name):
    value = request.GET.get(name, "")
    return int(value) if value.isdigit() and len(value) < 12 else None


def filter_fact_sheets(request, fact_sheets, facets):
    """Apply the facet filters found in the query string and describe the choices left.

    Returns the context a listing template needs: ``page_obj`` and ``filters`` (one entry per
    facet, with its options and the selected one). Unknown values are ignored, never an error.
    """
    from django.apps import apps

    selected = {name: _selected_id(request, name) for name in facets}
    filtered = fact_sheets
    for name, value in selected.items():
        if value is not None:
            filtered = filtered.filter(**{FACETS[name]["lookup"]: value})
    filtered = filtered.distinct()

    filters = []
    base_ids = fact_sheets.order_by().values("pk")
    for name in facets:
        facet = FACETS[name]
        model = apps.get_model(*facet["model"])
        option_ids = (
            fact_sheets.model.objects.filter(pk__in=base_ids)
            .exclude(**{facet["lookup"]: None})
            .values_list(facet["lookup"], flat=True)
        )
        options = model.objects.live().filter(pk__in=option_ids).order_by("title").only("pk", "title")
        filters.append(
            {"name": name, "label": facet["label"], "options": list(options), "selected": selected[name]}
        )

    return {
        "page_obj": paginate(request, filtered),
        "filters": filters,
        "filters_active": any(value is not None for value in selected.values()),
    }
