"""The site search: one query, filters with live counts, relevance or date order, two backends.

With the engine, one request returns the page of hits, the total and every facet count
(``search.engine_query``). With a database backend, the backend answers "which pages of this
locale match these words, best first", and the database then filters, counts and orders that
list of ids in one statement (``search.counting``). Both count facets the same way, so the
count shown next to a filter always equals the number of results one gets by choosing it; the
same test suite runs against both.
"""

import logging
import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.facets import TYPE, YEAR, facet_names, page_type_key, searchable_page_models
from core.fallback import best_versions, fallback_languages
from core.pagination import paginate, positive_int
from core.visibility import visible_to_visitors

from .breaker import EngineBreaker
from .counting import count_facets_in_sql
from .engine_query import MAX_MATCHES, PER_PAGE, Listing, engine_listing
from .facets import ids_subquery
from .option_labels import option_labels
from .options import accepted_values, build_facets, drop_unknown_filters
from .promotions import promoted_pages
from .results import describe
from .searchable import base_queryset

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
SORTS = {"relevance": _("Relevance"), "date": _("Most recent")}
_WORD = re.compile(r"\w+", re.UNICODE)


def clean_query(raw):
    """What the visitor typed, made safe to display and store: no control characters, 200 characters."""
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def query_terms(query):
    """The words of a query, joined by spaces: every backend receives plain words, never syntax."""
    return " ".join(_WORD.findall(query)[:MAX_TERMS])


def _facet_value(name, raw):
    if name == TYPE.name:
        keys = {page_type_key(model) for model in searchable_page_models()}
        return raw if raw in keys else None
    if name == YEAR.name:
        year = positive_int(raw, maximum=2200)
        return year if year and year >= 1800 else None
    return positive_int(raw)


@dataclass
class SearchCriteria:
    query: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"
    page: str = "1"
    language: str = ""  # the visitor's, set by search()

    @classmethod
    def from_querydict(cls, params):
        sort = params.get("sort", "relevance")
        return cls(
            query=clean_query(params.get("q", "")),
            filters={name: _facet_value(name, params.get(name)) for name in facet_names()},
            sort=sort if sort in SORTS else "relevance",
            page=(params.get("page") or "1")[:12],
        )

    @property
    def terms(self):
        return query_terms(self.query)

    def selected(self):
        return {name: self.filters.get(name) for name in facet_names()}

    @property
    def has_filters(self):
        return any(value is not None for value in self.filters.values())


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


def visible_queryset(locale):
    """``base_queryset`` with one version per page: the visitor's, or the best fallback (core.fallback).

    The choice is a sub-query on ``pk``: a search backend checks every filter of the queryset it is
    given against the model's ``FilterField``s, and reads ``pk__in`` but not ``EXISTS``.
    """
    pages = base_queryset(locale)
    return pages.filter(pk__in=best_versions(visible_to_visitors(pages), locale.language_code).values("pk"))


def backend_aliases():
    """The backend to use first, then the one to fall back on when it fails (if any)."""
    configured = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    aliases = ["default"]
    if "database" in configured and configured.get("default") != configured["database"]:
        aliases.append("database")
    return aliases


def _is_engine(backend):
    return hasattr(backend, "es")


def shown_versions(ordered_ids, locale):
    """``ordered_ids`` (pages of ``base_queryset``) without the versions the visitor is not shown, in order.

    The rule of ``visible_queryset``, worked out for these pages only: as its sub-query, it would be
    worked out for every page of the locale and its fallbacks on each search.
    """
    pages = visible_to_visitors(Page.objects.filter(pk__in=ids_subquery(ordered_ids)))
    # A set: without Page's default order, PostgreSQL does not sort thousands of paths for nothing.
    shown = set(best_versions(pages, locale.language_code).order_by().values_list("pk", flat=True))
    return [pk for pk in ordered_ids if pk in shown]


def _database_matching_ids(backend, locale, terms):
    """Ids of the pages matching ``terms`` that the visitor is shown, best first."""
    # Up to one version of a page per fallback language matches before shown_versions keeps one.
    limit = MAX_MATCHES * len(fallback_languages(locale.language_code))
    results = backend.search(terms, base_queryset(locale), operator="and", order_by_relevance=True)
    if hasattr(results.query_compiler, "ordered_ids"):
        matching = results.query_compiler.ordered_ids(backend, limit)
    else:
        matching = list(results.get_queryset().values_list("pk", flat=True)[:limit])
    return shown_versions(matching, locale)[:MAX_MATCHES]


def _shown_by_date(locale):
    pages = best_versions(visible_to_visitors(base_queryset(locale)), locale.language_code)
    return list(pages.order_by("-first_published_at", "pk").values_list("pk", flat=True)[:MAX_MATCHES])


def database_listing(backend, locale, criteria, active, promoted_ids):
    """Match in the database backend, then filter, count and order the matches in one SQL statement."""
    ordered_ids = _database_matching_ids(backend, locale, criteria.terms) if criteria.terms else _shown_by_date(locale)
    matching, counts = count_facets_in_sql(ordered_ids, active, by_date=criteria.sort == "date")
    promoted_matching = set(promoted_ids).intersection(matching)
    listed = [pk for pk in matching if pk not in promoted_ids]
    return Listing(
        page_obj=paginate(listed, criteria.page, PER_PAGE),
        total=len(matching),
        counts=counts,
        promoted_matching=promoted_matching,
    )


def _listing(backend, locale, criteria, active, promoted_ids):
    # The engine keeps the best version with a term filter of its own (ENGINE_SHOWN_TO_FIELD).
    if _is_engine(backend):
        return engine_listing(backend, base_queryset(locale), criteria, active, promoted_ids)
    return database_listing(backend, locale, criteria, active, promoted_ids)


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
        has_fallback = position + 1 < len(aliases)
        breaker = EngineBreaker(alias) if has_fallback else None
        if breaker and not breaker.allows_request():
            continue  # down a moment ago: the next backend answers at once (search.breaker)
        try:
            result = operation(cached_backend(alias), *args, **kwargs)
        except Exception:
            logger.exception("Search backend %r failed; %s", alias, "falling back" if has_fallback else "giving up")
            if breaker:
                breaker.record_failure()
            continue
        if breaker:
            breaker.record_success()
        return result, alias, position > 0
    raise SearchUnavailable


def _nothing_found(outcome):
    outcome.searched = True
    outcome.page_obj = paginate([], "1")
    return outcome


def search(criteria, locale):
    outcome = SearchOutcome(criteria=criteria)
    if criteria.query and not criteria.terms:
        return _nothing_found(outcome)  # only punctuation or symbols: nothing can match; the page says so
    if not criteria.terms and not criteria.has_filters:
        return outcome

    outcome.searched = True
    criteria.language = locale.language_code
    labels = option_labels(locale.language_code)  # read once: filters, facets and results all name options
    drop_unknown_filters(criteria.filters, labels)
    active = accepted_values(criteria.selected(), labels)
    # Promoted pages come first (when they pass the active filters) and are not listed twice;
    # the total counts them, so that it always equals the facet count of the active filters.
    promoted = promoted_pages(criteria.query, locale) if criteria.terms else []
    promoted_ids = [promotion.page_id for promotion in promoted]
    try:
        listing, outcome.backend, outcome.degraded = run_with_fallback(_listing, locale, criteria, active, promoted_ids)
    except SearchUnavailable:
        outcome.unavailable = True
        return _nothing_found(outcome)

    outcome.promoted = [p for p in promoted if not active or p.page_id in listing.promoted_matching]
    # A promoted page the words do not match is still a result shown: it counts too.
    outcome.total = listing.total + sum(p.page_id not in listing.promoted_matching for p in outcome.promoted)
    outcome.facets = build_facets(listing.counts, criteria.selected(), locale, labels)
    outcome.page_obj = listing.page_obj
    outcome.results = describe(list(outcome.page_obj.object_list), locale, labels, criteria.query)
    return outcome


def _autocomplete_ids(backend, locale, terms, limit):
    if _is_engine(backend):  # several versions of a page may complete: keep the one the visitor sees
        completing = [page.pk for page in backend.autocomplete(terms, base_queryset(locale), operator="and")[: limit * 3]]
        shown = set(visible_queryset(locale).filter(pk__in=completing).values_list("pk", flat=True))
        return [pk for pk in completing if pk in shown][:limit]
    return [page.pk for page in backend.autocomplete(terms, visible_queryset(locale), operator="and")[:limit]]


def suggestions(query, locale, limit=8):
    """Page titles that complete what the visitor is typing."""
    terms = query_terms(clean_query(query))
    if len(terms) < 2:
        return []
    try:
        page_ids, _alias, _degraded = run_with_fallback(_autocomplete_ids, locale, terms, limit)
    except SearchUnavailable:
        return []
    specific = Page.objects.filter(pk__in=page_ids).specific().in_bulk()
    return [specific[pk] for pk in page_ids if pk in specific]
