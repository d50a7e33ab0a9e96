"""The one registry of the filters that visitors narrow listings and searches by.

A facet is declared once, next to its model:

- the pages a facet offers as options declare it: ``ThemePage.facet = Facet("theme", ...)``
  makes every live theme an option of the theme filter, labelled with its title;
- the pages that can be found and filtered declare what they are filed under, in
  ``facet_values``: ``FacetValue("theme", "theme_links__theme_id")`` on ``FactSheetPage``.
  A page model that declares ``facet_values`` (even empty) is listed by the site search.

The page type and the year are facets of every searchable page and are declared here. The
search app and the fact sheet listings read this registry; neither names a domain field.
"""

from dataclasses import dataclass
from functools import cache

from django.apps import apps
from django.db.models import Expression, F, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    position: int


@dataclass(frozen=True)
class FacetValue:
    """One value a page is filed under: an ORM lookup from the page model, or an expression.

    ``shown_in_results``: the option is named on the page's search result (its themes, its
    country). ``title_indexed``: the page is found by the option's title, so renaming the option
    re-indexes the page.
    """

    facet: str
    lookup: object
    shown_in_results: bool = False
    title_indexed: bool = False

    def expression(self):
        return self.lookup if isinstance(self.lookup, Expression) else F(self.lookup)

    def filter(self, values):
        """A ``Q`` for the pages filed under any of ``values``."""
        if isinstance(self.lookup, Expression):
            raise TypeError(f"The {self.facet} facet of this page type is computed and cannot filter a listing.")
        return Q(**{f"{self.lookup}__in": values if isinstance(values, QuerySet) else list(values)})


TYPE = Facet("type", _("Page type"), 0)
YEAR = Facet("year", _("Year"), 90)


def page_type_key(model):
    """The ``type`` value of a page model: ``factsheet``, ``theme``, ``news``..."""
    return model._meta.model_name.removesuffix("page")


@cache
def searchable_page_models():
    """Every page model that declares ``facet_values``, in the order of the installed apps."""
    return tuple(
        model for model in apps.get_models() if issubclass(model, Page) and getattr(model, "facet_values", None) is not None
    )


@cache
def option_models():
    """``{facet name: page model}`` for the facets whose options are pages."""
    return {
        model.facet.name: model
        for model in apps.get_models()
        if issubclass(model, Page) and isinstance(getattr(model, "facet", None), Facet)
    }


@cache
def facets():
    """Every facet, in the order filters are shown."""
    declared = [model.facet for model in option_models().values()]
    return tuple(sorted([TYPE, *declared, YEAR], key=lambda facet: facet.position))


def facet_names():
    return tuple(facet.name for facet in facets())


def get_facet(name):
    return next(facet for facet in facets() if facet.name == name)


def values_of(model, facet_name):
    """The ``FacetValue``s a page model declares for one facet."""
    return [value for value in getattr(model, "facet_values", ()) if value.facet == facet_name]


def filed_under(model, facet_name, values):
    """A ``Q`` on ``model`` for the pages filed under any of ``values`` of a facet (by any of their
    declared values). Pass every translation of an option page: a page is filed under the option in
    its own language."""
    condition = Q(pk__in=[])
    for declared in values_of(model, facet_name):
        condition |= declared.filter(values)
    return condition
