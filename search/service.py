"""The site search: one query, filters with live counts, relevance or date order, two backends.

With the engine, one request returns the page of hits, the total and every facet count
(``engine_listing``). With a database backend, the backend answers "which pages of this locale
match these words, best first", and filters, counts, date order and pagination are computed on
that list of ids (``database_listing``). Both count facets the same way (``search.facets``), so
the count shown next to a filter always equals the number of results one gets by choosing it;
the same test suite runs against both.
"""

import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone as dt_timezone

from django.conf import settings
from django.db import connection
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL

from .facets import (
    ENGINE_PUBLISHED_FIELD,
    FACETS,
    FacetData,
    build_facets,
    count_facets,
    count_facets_in_postgres,
    engine_aggregations,
    engine_counts,
    engine_post_filter,
    engine_promoted_matching,
    page_type_key,
    searchable_page_models,
)

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# The engine answers at most 10,000 hits per request (index.max_result_window); the database
# backends get the same cap so that both list the same results.
MAX_MATCHES = 10_000
PER_PAGE = 10
SORTS = {"relevance": _("Relevance"), "date": _("Most recent")}
_WORD = re.compile(r"\w+", re.UNICODE)


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

    FACETS = FACETS

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


@dataclass
class Listing:
    """What a backend answers for one search: a page of result ids, the total, the facet counts."""

    page_obj: object
    total: int
    counts: dict
    promoted_matching: set


def _requested_page_number(page_number):
    number = page_number.strip()
    return int(number) if number.isdigit() and 0 < len(number) < 7 and int(number) > 0 else 1


def engine_listing(backend, queryset, criteria, active, promoted_ids):
    """Hits, total and every facet count in one engine request (a second one for an out-of-range page)."""
    terms = criteria.terms
    compiler = backend.search(terms or MATCH_ALL, queryset, operator="and").query_compiler
    if terms and criteria.sort == "relevance":
        sort = ["_score"]
    else:
        sort = [{ENGINE_PUBLISHED_FIELD: {"order": "desc", "missing": "_last"}}, "_score"]
    body = {
        "query": compiler.get_query(),
        "post_filter": engine_post_filter(active, promoted_ids),
        "sort": sort,
        "_source": False,
        "stored_fields": [],
        "track_total_hits": True,
    }
    index = backend.get_index_for_model(queryset.model).name

    def hits(number, aggregations=None):
        request = {**body, "from": (number - 1) * PER_PAGE, "size": PER_PAGE}
        if aggregations:
            request["aggs"] = aggregations
        return backend.es.search(index=index, body=request)

    number = _requested_page_number(criteria.page)
    response = hits(min(number, MAX_MATCHES // PER_PAGE), engine_aggregations(active, promoted_ids))
    listed = response["hits"]["total"]["value"]
    page_obj = paginate(range(min(listed, MAX_MATCHES)), criteria.page)
    page_hits = response if page_obj.number == number else hits(page_obj.number)
    page_obj.object_list = [int(hit["_id"]) for hit in page_hits["hits"]["hits"]]
    aggregations = response["aggregations"]
    promoted_matching = engine_promoted_matching(aggregations)
    return Listing(
        page_obj=page_obj,
        total=listed + len(promoted_matching),
        counts=engine_counts(aggregations),
        promoted_matching=promoted_matching,
    )


def _database_matching_ids(backend, queryset, terms):
    """Ids of the pages matching ``terms``, best first."""
    results = backend.search(terms, queryset, operator="and", order_by_relevance=True)
    if hasattr(results.query_compiler, "ordered_ids"):
        return results.query_compiler.ordered_ids(backend, MAX_MATCHES)
    if hasattr(results, "get_queryset"):
        return list(results.get_queryset().values_list("pk", flat=True)[:MAX_MATCHES])
    return [page.pk for page in results[:MAX_MATCHES]]


def database_listing(backend, queryset, criteria, active, promoted_ids):
    """Match in the database backend, then read the facet values of the matches and count them."""
    if criteria.terms:
        ordered_ids = _database_matching_ids(backend, queryset, criteria.terms)
    else:
        ordered_ids = list(queryset.order_by("-first_published_at", "pk").values_list("pk", flat=True)[:MAX_MATCHES])
    if connection.vendor == "postgresql":
        matching, counts = count_facets_in_postgres(ordered_ids, active, by_date=criteria.sort == "date")
    else:
        data = FacetData(ordered_ids)
        matching, counts = count_facets(ordered_ids, data, active)
        if criteria.sort == "date":
            oldest = datetime.min.replace(tzinfo=dt_timezone.utc)
            matching.sort(key=lambda pk: data.published.get(pk) or oldest, reverse=True)
    promoted_matching = set(promoted_ids).intersection(matching)
    listed = [pk for pk in matching if pk not in promoted_ids]
    return Listing(
        page_obj=paginate(listed, criteria.page),
        total=len(matching),
        counts=counts,
        promoted_matching=promoted_matching,
    )


def _listing(backend, queryset, criteria, active, promoted_ids):
    listing = engine_listing if _is_engine(backend) else database_listing
    return listing(backend, queryset, criteria, active, promoted_ids)


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


def promoted_pages(query, queryset):
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
    visible = set(queryset.filter(pk__in=[promotion.page_id for promotion in promotions]).values_list("pk", flat=True))
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
    if criteria.query and not criteria.terms:
        # Only punctuation or symbols: nothing can match; the page says so.
        outcome.searched = True
        outcome.page_obj = paginate([], "1")
        return outcome
    if not criteria.terms and not criteria.has_filters:
        return outcome

    outcome.searched = True
    _drop_unknown_filters(criteria, locale)
    active = {name: value for name, value in criteria.selected().items() if value is not None}
    # Promoted pages come first (when they pass the active filters) and are not listed twice;
    # the total counts them, so that it always equals the facet count of the active filters.
    queryset = base_queryset(locale)
    promoted = promoted_pages(criteria.query, queryset) if criteria.terms else []
    promoted_ids = [promotion.page_id for promotion in promoted]
    try:
        listing, outcome.backend, outcome.degraded = run_with_fallback(
            _listing, queryset, criteria, active, promoted_ids
        )
    except SearchUnavailable:
        outcome.unavailable = True
        outcome.page_obj = paginate([], "1")
        return outcome

    outcome.promoted = [p for p in promoted if not active or p.page_id in listing.promoted_matching]
    outcome.total = listing.total
    outcome.facets = build_facets(listing.counts, criteria.selected(), locale)
    outcome.page_obj = listing.page_obj
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
