"""What the API says of each page type beyond Wagtail's defaults: structured fields, never raw StreamField JSON.

Linked pages (themes, countries, programme, actors) are given only when visitors may see them,
each as ``{"id", "title", "type"}``: the id is the one the ``theme``/``country``/``programme``
filters take.
"""

from rest_framework import serializers
from wagtail.api import APIField

from core.facets import page_type_key
from core.visibility import is_visible
from news.models import EventPage, NewsPage
from showcase.models import FactSheetPage, OrganisationPage


def page_reference(page):
    if page is None:
        return None
    return {"id": page.pk, "title": page.title, "type": (page.specific_class or type(page))._meta.label}


def visible_reference(page):
    return page_reference(page) if is_visible(page) else None


class ComputedField(serializers.Field):
    """A read-only field computed from the whole page by ``compute(page)``."""

    def __init__(self, compute, **kwargs):
        self.compute = compute
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, page):
        return self.compute(page)


def computed(name, compute):
    return APIField(name, serializer=ComputedField(compute))


def key_figures(fact_sheet):
    return [{"value": str(row.value), "unit": row.unit, "label": row.label} for row in fact_sheet.key_figures.all()]


def actors(fact_sheet):
    return [{**page_reference(actor.organisation_shown), "role": actor.role} for actor in fact_sheet.visible_actors()]


def coordinates(fact_sheet):
    if not fact_sheet.has_coordinates:
        return None
    return {"latitude": float(fact_sheet.latitude), "longitude": float(fact_sheet.longitude)}


LISTING = ["summary", computed("page_type", lambda page: page_type_key(type(page)))]

API_FIELDS = {
    FactSheetPage: LISTING + [
        "city", "region", "year_start", "year_end", "status", "contact_organisation",
        computed("period", lambda page: page.period),
        computed("place_country", lambda page: page_reference(page.visible_place_country())),
        computed("coordinates", coordinates),
        computed("programme", lambda page: visible_reference(page.programme)),
        computed("themes", lambda page: [page_reference(theme) for theme in page.themes()]),
        computed("countries", lambda page: [page_reference(country) for country in page.countries()]),
        computed("actors", actors),
        computed("key_figures", key_figures),
    ],
    EventPage: LISTING + ["kind", "start_date", "end_date", "date_precision", "venue", "city", "place_country",
                          "registration_url", computed("country", lambda page: visible_reference(page.country))],
    NewsPage: LISTING + ["date"],
    OrganisationPage: LISTING + ["acronym", "family", "is_member", "website"],
}
