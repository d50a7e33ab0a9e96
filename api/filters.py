"""``?theme=``, ``?country=``, ``?programme=`` and ``?year=``: the site's facets (core/facets.py) as API filters.

A theme, country or programme is given by the id of any of its translations: a Portuguese fact
sheet is filed under the Portuguese theme, and ``theme=<the French theme's id>`` finds it too.
"""

from django.db.models import Expression, Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page

from core.facets import searchable_page_models, values_of
from core.fallback import translation_ids
from core.pagination import positive_int

PAGE_FACETS = ("theme", "country", "programme")
FILTERS = (*PAGE_FACETS, "year")


def filed_page_ids(model, facet_name, values):
    """The ids of ``model``'s pages filed under any of ``values`` (computed facets such as an event's year included)."""
    pages = model.objects.all()
    condition = Q(pk__in=[])
    for number, declared in enumerate(values_of(model, facet_name)):
        if isinstance(declared.lookup, Expression):
            alias = f"api_facet_{number}"
            pages = pages.alias(**{alias: declared.lookup})
            condition |= Q(**{f"{alias}__in": values})
        else:
            condition |= declared.filter(values)
    return pages.filter(condition).values("pk")


def filtered(queryset, facet_name, values):
    models = searchable_page_models() if queryset.model is Page else [queryset.model]
    condition = Q(pk__in=[])
    for model in models:
        if values_of(model, facet_name):
            condition |= Q(pk__in=filed_page_ids(model, facet_name, values))
    return queryset.filter(condition)


class FacetFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        for facet_name in FILTERS:
            if facet_name not in request.GET:
                continue
            value = positive_int(request.GET[facet_name])
            if value is None:
                raise BadRequestError(f"{facet_name} must be a positive whole number")
            values = translation_ids([value]) if facet_name in PAGE_FACETS else [value]
            queryset = filtered(queryset, facet_name, values)
        return queryset
