"""The five search filters (page type, theme, country, programme, year) and their live counts.

Counts are disjunctive: the count next to a theme applies every other selected filter but not
the theme one, so that choosing an option gives exactly that many results.

What a page is filed under is defined once (``facet_querysets``). PostgreSQL counts those values
for the matching pages in one SQL statement (``count_facets_in_postgres``); other databases read
them (``FacetData``) and count them in one pass (``count_facets``). The engine stores the same
values in each document (``FacetData.document``, written at indexing time) and counts them
itself with one filter + terms aggregation per facet, in the request that returns the page of
hits.
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, ExtractYear
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

FACETS = ("type", "theme", "country", "programme", "year")

FACET_LABELS = {
    "type": _("Page type"),
    "theme": _("Theme"),
    "country": _("Country"),
    "programme": _("Programme"),
    "year": _("Year"),
}

# Names of the denormalised filter fields in the engine's documents.
ENGINE_FIELDS = {name: f"facet_{name}" for name in FACETS}
ENGINE_PUBLISHED_FIELD = "facet_published"
ENGINE_MAPPING = {
    ENGINE_FIELDS["type"]: {"type": "keyword"},
    ENGINE_FIELDS["theme"]: {"type": "long"},
    ENGINE_FIELDS["country"]: {"type": "long"},
    ENGINE_FIELDS["programme"]: {"type": "long"},
    ENGINE_FIELDS["year"]: {"type": "integer"},
    ENGINE_PUBLISHED_FIELD: {"type": "date"},
}
# More options than any facet has (themes, countries, programmes, years of one locale).
ENGINE_BUCKETS = 500


def searchable_page_models():
    from showcase.models import CountryPage, EventPage, FactSheetPage, NewsPage, StandardPage
    from themes.models import ProgrammePage, ThemePage

    return [FactSheetPage, ThemePage, ProgrammePage, CountryPage, NewsPage, EventPage, StandardPage]


def page_type_key(model):
    return model._meta.model_name.removesuffix("page")


def is_searchable_page(obj):
    return isinstance(obj, tuple(searchable_page_models()))


def ids_subquery(ids):
    """``pk__in`` value for a long list of ids: one bound parameter, not one per id."""
    ids = [int(pk) for pk in ids]
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])
    return ids


PAGE_FACETS = ("type", "year", "programme", "country")


def facet_querysets(page_ids):
    """What the given pages are filed under: the one definition the backends share.

    Three queries: one row per page with its single-valued facets (page type as a content type
    id, year, programme, place country) and its publication date, then the theme links and the
    country links. The database backends count these rows (in SQL on PostgreSQL, see
    ``count_facets_in_postgres``), and the engine stores them in each document.
    """
    from showcase.models import FactSheetCountry, FactSheetTheme

    pages = (
        Page.objects.filter(pk__in=page_ids)
        .order_by()
        .values_list(
            "pk",
            "content_type_id",
            Coalesce("factsheetpage__year_start", ExtractYear("newspage__date"), ExtractYear("eventpage__start_date")),
            F("factsheetpage__programme_id"),
            Coalesce("factsheetpage__place_country_id", "eventpage__country_id"),
            "first_published_at",
        )
    )
    themes = FactSheetTheme.objects.filter(page_id__in=page_ids).order_by().values_list("page_id", "theme_id")
    countries = FactSheetCountry.objects.filter(page_id__in=page_ids).order_by().values_list("page_id", "country_id")
    return pages, themes, countries


def page_type_keys():
    from django.contrib.contenttypes.models import ContentType

    return {
        ct.pk: page_type_key(model) for model, ct in ContentType.objects.get_for_models(*searchable_page_models()).items()
    }


class FacetData:
    """The facet values and publication date of each page in a list of page ids, in three queries."""

    def __init__(self, page_ids):
        self.values = defaultdict(lambda: {name: set() for name in FACETS})
        self.published = {}
        if not page_ids:
            return
        type_keys = page_type_keys()
        pages, themes, countries = facet_querysets(ids_subquery(page_ids))
        for pk, content_type_id, *values, published in pages:
            self.published[pk] = published
            for name, value in zip(PAGE_FACETS, [type_keys.get(content_type_id), *values]):
                if value is not None:
                    self.values[pk][name].add(value)
        for name, links in (("theme", themes), ("country", countries)):
            for pk, value in links:
                self.values[pk][name].add(value)

    def document(self, pk):
        """The engine fields of one page."""
        fields = {ENGINE_FIELDS[name]: sorted(values) for name, values in self.values[pk].items()}
        fields[ENGINE_PUBLISHED_FIELD] = self.published.get(pk)
        return fields


def attach_engine_fields(objs):
    """Read the facet values of a batch of pages being indexed, in three queries for the batch."""
    pages = [obj for obj in objs if is_searchable_page(obj)]
    data = FacetData([page.pk for page in pages])
    for page in pages:
        page._search_facet_fields = data.document(page.pk)


def engine_fields(obj):
    if not is_searchable_page(obj):
        return {}
    if not hasattr(obj, "_search_facet_fields"):
        attach_engine_fields([obj])
    return obj._search_facet_fields


def count_facets(ordered_ids, data, active):
    """The ids that pass every active filter, and the disjunctive counts, in one pass.

    A page that passes every filter counts in every facet; a page that misses exactly one
    filter counts only in that filter's facet (where choosing another option would keep it).
    """
    counts = {name: Counter() for name in FACETS}
    matching = []
    for pk in ordered_ids:
        values = data.values[pk]
        missed = [name for name, value in active.items() if value not in values[name]]
        if not missed:
            matching.append(pk)
            for name in FACETS:
                counts[name].update(values[name])
        elif len(missed) == 1:
            counts[missed[0]].update(values[missed[0]])
    return matching, counts


def count_facets_in_postgres(ordered_ids, active, by_date=False):
    """``count_facets`` done by PostgreSQL in one statement: the facet values of the matches are
    unpivoted into rows, grouped and counted in the database; only the counts and the ids that
    pass the filters (in relevance or date order) come back.
    """
    type_keys = page_type_keys()
    type_ids = {key: pk for pk, key in type_keys.items()}
    active = {name: (type_ids.get(value, 0) if name == "type" else value) for name, value in active.items()}
    (pages_sql, pages_params), (themes_sql, themes_params), (countries_sql, countries_params) = (
        queryset.query.sql_with_params() for queryset in facet_querysets(RawSQL("SELECT id FROM matched", []))
    )
    unpivot = ", ".join(f"('{name}', {name})" for name in PAGE_FACETS)
    passes = "".join(f", bool_or(facet = %s AND value = %s) AS passes_{name}" for name in active)
    passes_params = [param for name, value in active.items() for param in (name, value)]

    def all_pass(names):
        return " AND ".join(f"passes_{name}" for name in sorted(names)) or "TRUE"

    counted = " OR ".join(f"(facet = %s AND {all_pass(set(active) - {name})})" for name in FACETS)
    order = "page_value.published DESC NULLS LAST, matched.position" if by_date else "matched.position"
    matching = []
    sql = f"""
        WITH matched(id, position) AS (SELECT * FROM unnest(%s::bigint[]) WITH ORDINALITY),
        page_value(page_id, {", ".join(PAGE_FACETS)}, published) AS ({pages_sql}),
        facet_row(page_id, facet, value) AS (
            SELECT page_id, facet, value
            FROM page_value CROSS JOIN LATERAL (VALUES {unpivot}) AS unpivoted(facet, value)
            WHERE value IS NOT NULL
            UNION SELECT page_id, 'theme', theme_id FROM ({themes_sql}) AS theme_link(page_id, theme_id)
            UNION SELECT page_id, 'country', country_id FROM ({countries_sql}) AS country_link(page_id, country_id)
        ),
        page_filter AS (SELECT page_id{passes} FROM facet_row GROUP BY page_id)
    """
    if active or by_date:
        sql += f"""
            SELECT facet, value, count(*), NULL FROM facet_row JOIN page_filter USING (page_id)
            WHERE {counted}
            GROUP BY facet, value
            UNION ALL
            SELECT NULL, NULL, NULL, array_agg(matched.id ORDER BY {order})
            FROM matched JOIN page_filter ON page_filter.page_id = matched.id
            JOIN page_value ON page_value.page_id = matched.id
            WHERE {all_pass(active)}
        """
        params = [list(map(int, ordered_ids)), *pages_params, *themes_params, *countries_params, *passes_params, *FACETS]
    else:  # every match is listed in relevance order: only the counts are needed
        sql += "SELECT facet, value, count(*), NULL FROM facet_row GROUP BY facet, value"
        params = [list(map(int, ordered_ids)), *pages_params, *themes_params, *countries_params]
        matching = list(ordered_ids)
    counts = {name: Counter() for name in FACETS}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, count, ids in cursor.fetchall():
            if facet is None:
                matching = ids or []
            else:
                counts[facet][type_keys.get(value) if facet == "type" else value] = count
    return matching, counts


def _term(name, value):
    return {"term": {ENGINE_FIELDS[name]: value}}


def engine_aggregations(active, promoted_ids):
    """One filter + terms aggregation per facet; ``promoted`` lists the promoted pages that match."""
    aggregations = {
        name: {
            "filter": {"bool": {"filter": [_term(other, value) for other, value in active.items() if other != name]}},
            "aggs": {"values": {"terms": {"field": ENGINE_FIELDS[name], "size": ENGINE_BUCKETS}}},
        }
        for name in FACETS
    }
    if promoted_ids:
        aggregations["promoted"] = {
            "filter": {
                "bool": {
                    "filter": [
                        *(_term(name, value) for name, value in active.items()),
                        {"ids": {"values": [str(pk) for pk in promoted_ids]}},
                    ]
                }
            },
            "aggs": {"pages": {"terms": {"field": "pk", "size": len(promoted_ids)}}},
        }
    return aggregations


def engine_promoted_matching(aggregations):
    """Ids of the promoted pages that pass the query and the active filters."""
    buckets = aggregations.get("promoted", {}).get("pages", {}).get("buckets", [])
    return {int(bucket["key"]) for bucket in buckets}


def engine_post_filter(active, promoted_ids):
    """What the list of hits keeps: the active filters, without the promoted pages shown above it."""
    clauses = {"filter": [_term(name, value) for name, value in active.items()]}
    if promoted_ids:
        clauses["must_not"] = [{"ids": {"values": [str(pk) for pk in promoted_ids]}}]
    return {"bool": clauses}


def engine_counts(aggregations):
    return {
        name: Counter({bucket["key"]: bucket["doc_count"] for bucket in aggregations[name]["values"]["buckets"]})
        for name in FACETS
    }


PAGE_FACET_MODELS = {"theme": ("themes", "ThemePage"), "country": ("showcase", "CountryPage"), "programme": ("themes", "ProgrammePage")}


def _facet_labels(counts, locale):
    """The label of every counted option: page titles in the visitor's locale, read in one query."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    labels = {
        "type": {page_type_key(model): capfirst(model._meta.verbose_name) for model in searchable_page_models()},
        "year": {value: str(value) for value in counts["year"]},
    }
    models = {name: apps.get_model(*label) for name, label in PAGE_FACET_MODELS.items()}
    content_types = ContentType.objects.get_for_models(*models.values())
    ids = [value for name in models for value in counts[name]]
    rows = Page.objects.live().filter(pk__in=ids, locale=locale).values_list("pk", "content_type_id", "title") if ids else []
    titles = defaultdict(dict)
    for pk, content_type_id, title in rows:
        titles[content_type_id][pk] = title
    for name, model in models.items():
        labels[name] = titles[content_types[model].pk]
    return labels


@dataclass
class FacetOption:
    value: object
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected_option(self):
        return next((option for option in self.options if option.selected), None)


def build_facets(counts, selected, locale):
    """The facets shown to the visitor: labelled in their language, a selected option always listed."""
    for name in FACETS:
        if selected[name] is not None and selected[name] not in counts[name]:
            counts[name][selected[name]] = 0
    labels = _facet_labels(counts, locale)
    facets = []
    for name in FACETS:
        options = [
            FacetOption(value=value, label=labels[name][value], count=count, selected=value == selected[name])
            for value, count in counts[name].items()
            if value in labels[name]
        ]
        if name == "year":
            options.sort(key=lambda option: -option.value)
        else:
            options.sort(key=lambda option: (-option.count, str(option.label)))
        facets.append(Facet(name=name, label=FACET_LABELS[name], options=options))
    return facets
