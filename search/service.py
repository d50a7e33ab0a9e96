"""The site search: one query, filters with live counts, relevance or date order, two backends.

The search backend only answers "which pages of this locale match these words, best first".
Filters, facet counts, ordering by date and pagination are then computed on that list of page
ids with a handful of ORM queries, so that they behave the same on every backend (SQLite,
PostgreSQL, the engine) and the counts shown next to a filter always equal the number of
results one gets by choosing it.
"""

import json
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone as dt_timezone

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# The engine answers at most 10,000 hits per request (index.max_result_window); the database
# backends get the same cap so that both list the same results.
MAX_MATCHES = 10_000
PER_PAGE = 10
SORTS = {"relevance": _("Relevance"), "date": _("Most recent")}
_WORD = re.compile(r"\w+", re.UNICODE)


def searchable_page_models():
    from showcase.models import CountryPage, EventPage, FactSheetPage, NewsPage, StandardPage
    from themes.models import ProgrammePage, ThemePage

    return [FactSheetPage, ThemePage, ProgrammePage, CountryPage, NewsPage, EventPage, StandardPage]


def page_type_key(model):
    return model._meta.model_name.removesuffix("page")


def clean_query(raw):
    """What the visitor typed, made safe to display and store: no control characters, 200 characters."""
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(query):
    """The words of a query, joined by spaces: every backend receives plain words, never syntax."""
    return " ".join(_WORD.findall(query)[:MAX_TERMS])


def _selected_int(value, minimum=1, maximum=10**9):
    value = (value or "").strip()
    if value.isdigit() and len(value) < 11:
        number = int(value)
        if minimum <= number <= maximum:
            return number
    return None


@dataclass
class SearchCriteria:
    query: str = ""
    theme: int | None = None
    country: int | None = None
    programme: int | None = None
    type: str | None = None
    year: int | None = None
    sort: str = "relevance"
    page: str = "1"

    FACETS = ("type", "theme", "country", "programme", "year")

    @classmethod
    def from_querydict(cls, params):
        type_keys = {page_type_key(model) for model in searchable_page_models()}
        page_type = params.get("type", "")
        sort = params.get("sort", "relevance")
        return cls(
            query=clean_query(params.get("q", "")),
            theme=_selected_int(params.get("theme")),
            country=_selected_int(params.get("country")),
            programme=_selected_int(params.get("programme")),
            type=page_type if page_type in type_keys else None,
            year=_selected_int(params.get("year"), 1800, 2200),
            sort=sort if sort in SORTS else "relevance",
            page=(params.get("page") or "1")[:12],
        )

    @property
    def terms(self):
        return query_terms(self.query)

    def selected(self):
        return {name: getattr(self, name) for name in self.FACETS}

    @property
    def has_filters(self):
        return any(value is not None for value in self.selected().values())


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


@dataclass
class SearchOutcome:
    criteria: SearchCriteria
    page_obj: object = None
    results: list = field(default_factory=list)
    promoted: list = field(default_factory=list)
    facets: list = field(default_factory=list)
    total: int = 0
    backend: str = ""
    degraded: bool = False
    unavailable: bool = False
    searched: bool = False


class SearchUnavailable(Exception):
    pass


def base_queryset(locale):
    """Every page a visitor may find: live, public, in their locale, of a searchable type."""
    from django.contrib.contenttypes.models import ContentType

    content_types = ContentType.objects.get_for_models(*searchable_page_models()).values()
    return Page.objects.live().public().filter(locale=locale, content_type__in=[ct.pk for ct in content_types])


def backend_aliases():
    """The backend to use first, then the one to fall back on when it fails (if any)."""
    configured = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    aliases = ["default"]
    if "database" in configured and configured.get("default") != configured["database"]:
        aliases.append("database")
    return aliases


def _is_engine(backend):
    return hasattr(backend, "es")


def _matching_ids(backend, queryset, terms):
    """Ids of the pages matching ``terms``, best first."""
    results = backend.search(terms, queryset, operator="and", order_by_relevance=True)
    if _is_engine(backend):
        body = results._get_es_body()
        response = backend.es.search(
            index=backend.get_index_for_model(queryset.model).name,
            # Document ids are the primary keys: no stored field needs to be read for each hit.
            body={**body, "size": MAX_MATCHES, "_source": False, "stored_fields": [], "track_total_hits": False},
            filter_path="hits.hits._id",
        )
        return [int(hit["_id"]) for hit in response.get("hits", {}).get("hits", [])]
    if hasattr(results.query_compiler, "ordered_ids"):
        return results.query_compiler.ordered_ids(backend, MAX_MATCHES)
    if hasattr(results, "get_queryset"):
        return list(results.get_queryset().values_list("pk", flat=True)[:MAX_MATCHES])
    return [page.pk for page in results[:MAX_MATCHES]]


_backends = {}


def cached_backend(alias):
    """One backend instance (and one engine connection pool) per configuration, not per search."""
    config = settings.WAGTAILSEARCH_BACKENDS.get(alias)
    key = (alias, repr(sorted(config.items())) if config else None)
    if key not in _backends:
        _backends[key] = get_search_backend(alias)
    return _backends[key]


def run_with_fallback(operation, *args, **kwargs):
    """Run ``operation(backend, ...)`` on the default backend, then on the database if that fails.

    Returns ``(result, alias, degraded)``; raises SearchUnavailable when no backend answers.
    """
    aliases = backend_aliases()
    for position, alias in enumerate(aliases):
        try:
            backend = cached_backend(alias)
            return operation(backend, *args, **kwargs), alias, position > 0
        except Exception:
            logger.exception("Search backend %r failed; %s", alias, "falling back" if position + 1 < len(aliases) else "giving up")
    raise SearchUnavailable


def ids_subquery(ids):
    """``pk__in`` value for a long list of ids: one bound parameter, not one per id."""
    from django.db import connection
    from django.db.models.expressions import RawSQL

    ids = [int(pk) for pk in ids]
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])
    return ids


def _year(value):
    return value.year if value else None


class FacetData:
    """The facet values of each page in a list of page ids, read in three queries."""

    def __init__(self, page_ids):
        from django.contrib.contenttypes.models import ContentType

        from showcase.models import FactSheetCountry, FactSheetTheme

        type_by_content_type = {
            ct.pk: page_type_key(model)
            for model, ct in ContentType.objects.get_for_models(*searchable_page_models()).items()
        }
        self.values = defaultdict(lambda: defaultdict(set))
        self.published = {}
        if not page_ids:
            return
        rows = Page.objects.filter(pk__in=ids_subquery(page_ids)).values_list(
            "pk",
            "content_type_id",
            "first_published_at",
            "factsheetpage__year_start",
            "factsheetpage__programme_id",
            "factsheetpage__place_country_id",
            "newspage__date",
            "eventpage__start_date",
            "eventpage__country_id",
        )
        for pk, content_type_id, published, year, programme, place, news_date, event_date, event_country in rows:
            self.values[pk]["type"].add(type_by_content_type.get(content_type_id))
            self.published[pk] = published
            self._add(pk, "year", year or _year(news_date) or _year(event_date))
            self._add(pk, "programme", programme)
            self._add(pk, "country", place or event_country)
        for pk, theme_id in FactSheetTheme.objects.filter(page_id__in=ids_subquery(page_ids)).values_list("page_id", "theme_id"):
            self._add(pk, "theme", theme_id)
        for pk, country_id in FactSheetCountry.objects.filter(page_id__in=ids_subquery(page_ids)).values_list(
            "page_id", "country_id"
        ):
            self._add(pk, "country", country_id)

    def _add(self, pk, facet, value):
        if value is not None:
            self.values[pk][facet].add(value)

    def satisfied(self, pk, active):
        """Names of the active filters this page satisfies."""
        page_values = self.values[pk]
        return frozenset(name for name, value in active.items() if value in page_values[name])


def _facet_labels(name, values, locale):
    from themes.models import ProgrammePage, ThemePage

    from showcase.models import CountryPage

    if name == "type":
        return {page_type_key(model): capfirst(model._meta.verbose_name) for model in searchable_page_models()}
    if name == "year":
        return {value: str(value) for value in values}
    model = {"theme": ThemePage, "country": CountryPage, "programme": ProgrammePage}[name]
    return dict(model.objects.live().filter(pk__in=list(values), locale=locale).values_list("pk", "title"))


FACET_LABELS = {
    "type": _("Page type"),
    "theme": _("Theme"),
    "country": _("Country"),
    "programme": _("Programme"),
    "year": _("Year"),
}


def build_facets(ordered_ids, data, criteria, locale, satisfied):
    """Disjunctive counts: a facet's counts apply every other selected filter, not its own."""
    selected = criteria.selected()
    active = frozenset(name for name, value in selected.items() if value is not None)
    facets = []
    for name in SearchCriteria.FACETS:
        required = active - {name}
        counts = Counter()
        for pk in ordered_ids:
            if required <= satisfied[pk]:
                counts.update(data.values[pk][name])
        if selected[name] is not None and selected[name] not in counts:
            counts[selected[name]] = 0
        labels = _facet_labels(name, counts.keys(), locale)
        options = [
            FacetOption(value=value, label=labels[value], count=count, selected=value == selected[name])
            for value, count in counts.items()
            if value in labels
        ]
        if name == "year":
            options.sort(key=lambda option: -option.value)
        else:
            options.sort(key=lambda option: (-option.count, str(option.label)))
        facets.append(Facet(name=name, label=FACET_LABELS[name], options=options))
    return facets


def paginate(items, page_number, per_page=PER_PAGE):
    """The requested page; a malformed, negative or too large number gives the nearest page."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(page_number)
    except PageNotAnInteger:
        number = page_number.strip()
        return paginator.page(1 if not number.lstrip("-").isdigit() or number.startswith("-") else paginator.num_pages)
    except EmptyPage:
        try:
            return paginator.page(1 if int(page_number) < 1 else paginator.num_pages)
        except (TypeError, ValueError):
            return paginator.page(1)


@dataclass
class SearchResult:
    page: Page
    page_type: str
    themes: list
    country: object
    snippet: str

    @cached_property
    def url(self):
        return self.page.url


def describe(pages):
    """What a result shows: page type, themes, country and a snippet, in a constant number of queries."""
    from showcase.models import FactSheetTheme

    theme_links = defaultdict(list)
    for link in FactSheetTheme.objects.filter(page_id__in=[page.pk for page in pages], theme__live=True).select_related("theme"):
        theme_links[link.page_id].append(link.theme)
    country_ids = {getattr(page, "place_country_id", None) or getattr(page, "country_id", None) for page in pages}
    countries = Page.objects.in_bulk([pk for pk in country_ids if pk])
    results = []
    for page in pages:
        country_id = getattr(page, "place_country_id", None) or getattr(page, "country_id", None)
        snippet = getattr(page, "summary", "") or page.search_description or ""
        results.append(
            SearchResult(
                page=page,
                page_type=capfirst(page._meta.verbose_name),
                themes=theme_links.get(page.pk, []),
                country=countries.get(country_id),
                snippet=snippet,
            )
        )
    return results


def promoted_pages(query, locale):
    """Pages editors promoted for this query, in their order, that this visitor may see."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    if not query:
        return []
    promotions = (
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query),
            page__isnull=False,
        )
        .select_related("page")
        .order_by("sort_order")
    )
    visible = set(base_queryset(locale).filter(pk__in=[promotion.page_id for promotion in promotions]).values_list("pk", flat=True))
    return [promotion for promotion in promotions if promotion.page_id in visible]


def _drop_unknown_filters(criteria, locale):
    """A filter value that names no live page of the right type in this locale is ignored."""
    from themes.models import ProgrammePage, ThemePage

    from showcase.models import CountryPage

    for name, model in (("theme", ThemePage), ("country", CountryPage), ("programme", ProgrammePage)):
        value = getattr(criteria, name)
        if value is not None and not model.objects.live().filter(pk=value, locale=locale).exists():
            setattr(criteria, name, None)


def search(criteria, locale):
    outcome = SearchOutcome(criteria=criteria)
    queryset = base_queryset(locale)
    terms = criteria.terms
    if criteria.query and not terms:
        # Only punctuation or symbols: nothing can match; the page says so.
        outcome.searched = True
        outcome.page_obj = paginate([], "1")
        return outcome
    if not terms and not criteria.has_filters:
        return outcome

    outcome.searched = True
    _drop_unknown_filters(criteria, locale)
    if terms:
        try:
            ordered_ids, outcome.backend, outcome.degraded = run_with_fallback(_matching_ids, queryset, terms)
        except SearchUnavailable:
            outcome.unavailable = True
            outcome.page_obj = paginate([], "1")
            return outcome
    else:
        ordered_ids = list(queryset.order_by("-first_published_at", "pk").values_list("pk", flat=True)[:MAX_MATCHES])
        outcome.backend = "database"

    data = FacetData(ordered_ids)
    active = {name: value for name, value in criteria.selected().items() if value is not None}
    satisfied = {pk: data.satisfied(pk, active) for pk in ordered_ids}
    matching = [pk for pk in ordered_ids if len(satisfied[pk]) == len(active)]
    if criteria.sort == "date":
        oldest = datetime.min.replace(tzinfo=dt_timezone.utc)
        matching.sort(key=lambda pk: data.published.get(pk) or oldest, reverse=True)

    # Promoted pages come first (when they pass the active filters) and are not listed twice;
    # the total counts them, so that it always equals the facet count of the active filters.
    matching_set = set(matching)
    promoted = promoted_pages(criteria.query, locale) if terms else []
    outcome.promoted = [promotion for promotion in promoted if not active or promotion.page_id in matching_set]
    promoted_ids = {promotion.page_id for promotion in outcome.promoted}
    outcome.total = len(matching)
    matching = [pk for pk in matching if pk not in promoted_ids]

    outcome.facets = build_facets(ordered_ids, data, criteria, locale, satisfied)
    outcome.page_obj = paginate(matching, criteria.page)
    page_ids = list(outcome.page_obj.object_list)
    pages = Page.objects.filter(pk__in=page_ids).specific().in_bulk() if page_ids else {}
    outcome.results = describe([pages[pk] for pk in page_ids if pk in pages])
    return outcome


def _autocomplete_titles(backend, queryset, terms, limit):
    return list(backend.autocomplete(terms, queryset, operator="and")[:limit])


def suggestions(query, locale, limit=8):
    """Page titles that complete what the visitor is typing."""
    terms = query_terms(clean_query(query))
    if len(terms) < 2:
        return []
    try:
        pages, _alias, _degraded = run_with_fallback(_autocomplete_titles, base_queryset(locale), terms, limit)
    except SearchUnavailable:
        return []
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    return [specific[page.pk] for page in pages if page.pk in specific]
