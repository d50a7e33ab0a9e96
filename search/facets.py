"""Facet values and live counts for the site search, read from the facet registry (``core.facets``).

Counts are disjunctive: the count next to a theme applies every other selected filter but not
the theme one, so that choosing an option gives exactly that many results.

What a page is filed under is read in one query (``facet_rows``): its page type, then every
``FacetValue`` its model declares. The database backends count those rows for the matching
pages in one SQL statement (``count_facets_in_sql``, on SQLite and PostgreSQL alike); the
engine stores the same values in each document (``FacetData.document``, written at indexing
time) and counts them itself with one filter + terms aggregation per facet, in the request that
returns the page of hits.
"""

import json
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import BooleanField, CharField, F, IntegerField, Value
from django.db.models.expressions import RawSQL
from django.utils.functional import cached_property
from wagtail.models import Page

from core.facets import TYPE, facet_names, facets, page_type_key, searchable_page_models
from core.fallback import fallback_languages, site_languages, visible_versions

# Names of the denormalised filter fields in the engine's documents.
ENGINE_PUBLISHED_FIELD = "facet_published"
ENGINE_SHOWN_TO_FIELD = "facet_shown_to"  # the languages whose visitors find this version (core.fallback)
ENGINE_ID_FIELD = "facet_page_id"  # the page id as a number (Wagtail's ``pk`` is a keyword: "10" < "9")
ENGINE_BUCKETS = 500  # more options than any facet has (themes, countries, programmes, years of one locale)


def engine_field(name):
    return f"facet_{name}"


def engine_mapping():
    mapping = {engine_field(name): {"type": "long"} for name in facet_names()}
    mapping[engine_field("type")] = {"type": "keyword"}
    mapping[ENGINE_PUBLISHED_FIELD] = {"type": "date"}
    mapping[ENGINE_SHOWN_TO_FIELD] = {"type": "keyword"}
    mapping[ENGINE_ID_FIELD] = {"type": "long"}
    return mapping


def is_searchable_page(obj):
    return isinstance(obj, searchable_page_models())


def ids_subquery(ids):
    """``pk__in`` value for a long list of ids: one bound parameter, not one per id."""
    return RawSQL(f"SELECT id FROM ({matched_ids_sql()}) AS listed", [_ids_parameter(ids)])


def matched_ids_sql():
    """SQL listing the ids of one bound parameter with their position: columns ``id``, ``position``."""
    if connection.vendor == "postgresql":
        return "SELECT unnest AS id, ordinality AS position FROM unnest(%s::bigint[]) WITH ORDINALITY"
    return "SELECT value AS id, key AS position FROM json_each(%s)"


def _ids_parameter(ids):
    ids = [int(pk) for pk in ids]
    return ids if connection.vendor == "postgresql" else json.dumps(ids)


def page_type_keys():
    """``{content type id: page type key}`` of the searchable page types (ContentType's own cache answers)."""
    return {ct.pk: page_type_key(model) for model, ct in ContentType.objects.get_for_models(*searchable_page_models()).items()}


def content_type_for_key(key):
    return next((pk for pk, type_key in page_type_keys().items() if type_key == key), 0)


def _rank(model, declared):
    """The position of a value among its page's values: the inline row's order (theme links...), else 0."""
    lookup = declared.lookup if isinstance(declared.lookup, str) else ""
    relation = lookup.split("__")[0] if "__" in lookup else ""
    if relation:
        related = model._meta.get_field(relation).related_model
        if any(field.name == "sort_order" for field in related._meta.get_fields()):
            return F(f"{relation}__sort_order")
    return Value(0, output_field=IntegerField())


def _of_pages(rows, page_ids, page_field="pk"):
    return rows if page_ids is None else rows.filter(**{f"{page_field}__in": page_ids})


def _inline_relation(model, declared):
    """``(inline model, its page field, the value's lookup on it)`` when ``declared`` reads inline rows
    (``theme_links__theme_id``), else None: these rows are read from their own table, without the page's."""
    relation, _, rest = (declared.lookup if isinstance(declared.lookup, str) else "").partition("__")
    field = model._meta.get_field(relation) if rest else None
    if field is None or not field.one_to_many:
        return None
    return field.related_model, field.field.name, rest


def _declared_rows(model, order, declared, page_ids):
    """The rows of one value a page model declares (``facet_rows``)."""
    inline = _inline_relation(model, declared)
    if inline:
        related, page_field, value_lookup = inline
        has_order = any(field.name == "sort_order" for field in related._meta.get_fields())
        rows = _of_pages(related.objects.all(), page_ids, page_field)
        page, value = F(page_field), F(value_lookup)
        rank = F("sort_order") if has_order else Value(0, output_field=IntegerField())
    else:
        rows = _of_pages(model.objects.all(), page_ids)
        page, value, rank = F("pk"), declared.expression(), _rank(model, declared)
    return rows.order_by().annotate(
        filed_page=page,
        facet=Value(declared.facet, output_field=CharField()),
        value=value,
        shown=Value(declared.shown_in_results, output_field=BooleanField()),
        declared=Value(order, output_field=IntegerField()),
        rank=rank,
    ).exclude(value=None).values_list("filed_page", "facet", "value", "shown", "declared", "rank")


def facet_rows(page_ids, names=None):
    """One query of what the pages are filed under, as rows of
    ``(page id, facet name, value, shown in results, declaration order, rank)``.

    The page type comes as a content type id; every other value is a page id or a year. With
    ``names``, only the rows of these facets (each of which a searchable page model declares);
    with ``page_ids=None``, the rows of every page.
    """
    names = set(facet_names() if names is None else names)
    rows = []
    if TYPE.name in names:
        rows.append(
            _of_pages(Page.objects.all(), page_ids).order_by().annotate(
                facet=Value(TYPE.name, output_field=CharField()),
                value=F("content_type_id"),
                shown=Value(False, output_field=BooleanField()),
                declared=Value(0, output_field=IntegerField()),
                rank=Value(0, output_field=IntegerField()),
            ).values_list("pk", "facet", "value", "shown", "declared", "rank")
        )
    for model in searchable_page_models():
        for order, declared in enumerate(model.facet_values):
            if declared.facet in names:
                rows.append(_declared_rows(model, order, declared, page_ids))
    first, *others = rows
    return first.union(*others, all=True)


def shown_to_languages(page_ids):
    """``{page id: [language codes]}``: the languages whose visitors are shown this version of the page
    (their own, or the best fallback of a page not translated into it), in one query."""
    keys = Page.objects.filter(pk__in=ids_subquery(page_ids)).values("translation_key")
    versions = defaultdict(dict)
    for pk, key, code in visible_versions().filter(translation_key__in=keys).values_list("pk", "translation_key", "locale__language_code"):
        versions[key][code] = pk
    shown = defaultdict(list)
    for language in site_languages():
        for by_language in versions.values():
            best = next((by_language[code] for code in fallback_languages(language) if code in by_language), None)
            if best is not None:
                shown[best].append(language)
    return shown


class FacetData:
    """The facet values, publication date and result tags of each page in a list of page ids."""

    def __init__(self, page_ids):
        self.page_ids = page_ids
        self.values = defaultdict(lambda: {name: set() for name in facet_names()})
        self.shown = defaultdict(list)  # page id -> [(facet, value)] named on its search result
        if not page_ids:
            return
        type_keys = page_type_keys()
        positions = {facet.name: facet.position for facet in facets()}
        shown = defaultdict(dict)
        for pk, facet, value, is_shown, declared, rank in facet_rows(ids_subquery(page_ids)):
            self.values[pk][facet].add(type_keys.get(value) if facet == "type" else value)
            if is_shown:
                shown[pk].setdefault((facet, value), (positions[facet], declared, rank))
        for pk, tags in shown.items():
            self.shown[pk] = sorted(tags, key=tags.get)

    # What only the engine's documents need, read when they are written (not for a page of results).
    @cached_property
    def published(self):
        if not self.page_ids:
            return {}
        return dict(Page.objects.filter(pk__in=ids_subquery(self.page_ids)).values_list("pk", "first_published_at"))

    @cached_property
    def shown_to(self):
        return shown_to_languages(self.page_ids) if self.page_ids else {}

    def document(self, pk):
        """The engine fields of one page."""
        fields = {engine_field(name): sorted(values) for name, values in self.values[pk].items()}
        fields[ENGINE_PUBLISHED_FIELD] = self.published.get(pk)
        fields[ENGINE_SHOWN_TO_FIELD] = self.shown_to.get(pk, [])
        fields[ENGINE_ID_FIELD] = pk
        return fields


def attach_engine_fields(objs):
    """Read the facet values of a batch of pages being indexed, in two queries for the batch."""
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
