"""One engine request for a search: the page of hits, the total and every facet count."""

from collections import Counter
from dataclasses import dataclass

from wagtail.search.query import MATCH_ALL

from core.facets import facet_names
from core.pagination import paginate, positive_int

from .facets import ENGINE_BUCKETS, ENGINE_ID_FIELD, ENGINE_PUBLISHED_FIELD, ENGINE_SHOWN_TO_FIELD, engine_field

PER_PAGE = 10
# The engine answers at most 10,000 hits per request (index.max_result_window); the database
# backends get the same cap so that both list the same results.
MAX_MATCHES = 10_000


@dataclass
class Listing:
    """What a backend answers for one search: a page of result ids, the total, the facet counts."""

    page_obj: object
    total: int
    counts: dict
    promoted_matching: set


def _term(name, values):
    return {"terms": {engine_field(name): list(values)}}


def shown_to_visitor(language):
    """The engine's filter for the versions a visitor of ``language`` is shown (their own, or the best fallback)."""
    return {"term": {ENGINE_SHOWN_TO_FIELD: language}}


def aggregations(active, promoted_ids):
    """One filter + terms aggregation per facet; ``promoted`` lists the promoted pages that match."""
    requested = {
        name: {
            "filter": {"bool": {"filter": [_term(other, value) for other, value in active.items() if other != name]}},
            "aggs": {"values": {"terms": {"field": engine_field(name), "size": ENGINE_BUCKETS}}},
        }
        for name in facet_names()
    }
    if promoted_ids:
        requested["promoted"] = {
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
    return requested


def promoted_matching(answered):
    """Ids of the promoted pages that pass the query and the active filters."""
    buckets = answered.get("promoted", {}).get("pages", {}).get("buckets", [])
    return {int(bucket["key"]) for bucket in buckets}


def post_filter(active, promoted_ids):
    """What the list of hits keeps: the active filters, without the promoted pages shown above it."""
    clauses = {"filter": [_term(name, value) for name, value in active.items()]}
    if promoted_ids:
        clauses["must_not"] = [{"ids": {"values": [str(pk) for pk in promoted_ids]}}]
    return {"bool": clauses}


def counts(answered):
    return {
        name: Counter({bucket["key"]: bucket["doc_count"] for bucket in answered[name]["values"]["buckets"]})
        for name in facet_names()
    }


def engine_listing(backend, queryset, criteria, active, promoted_ids):
    """Hits, total and every facet count in one engine request (a second one for an out-of-range page)."""
    terms = criteria.terms
    compiler = backend.search(terms or MATCH_ALL, queryset, operator="and").query_compiler
    # Pages of equal score (or date) are ordered by their id, so that each comes once across the pages
    # of results: without it, the engine may order them differently from one request to the next.
    sort = [{"_score": {"order": "desc"}}, {ENGINE_ID_FIELD: {"order": "asc", "unmapped_type": "long"}}]
    if not terms or criteria.sort != "relevance":
        sort.insert(0, {ENGINE_PUBLISHED_FIELD: {"order": "desc", "missing": "_last"}})
    body = {
        "query": {"bool": {"must": [compiler.get_query()], "filter": [shown_to_visitor(criteria.language)]}},
        "post_filter": post_filter(active, promoted_ids),
        "sort": sort,
        "track_scores": True,
        "_source": False,
        "stored_fields": [],
        "track_total_hits": True,
    }
    index = backend.get_index_for_model(queryset.model).name

    def hits(number, requested_aggregations=None):
        request = {**body, "from": (number - 1) * PER_PAGE, "size": PER_PAGE}
        if requested_aggregations:
            request["aggs"] = requested_aggregations
        return backend.es.search(index=index, body=request)

    number = positive_int(criteria.page, maximum=float("inf")) or 1
    response = hits(min(number, MAX_MATCHES // PER_PAGE), aggregations(active, promoted_ids))
    listed = response["hits"]["total"]["value"]
    page_obj = paginate(range(min(listed, MAX_MATCHES)), criteria.page, PER_PAGE)
    page_hits = response if page_obj.number == number else hits(page_obj.number)
    page_obj.object_list = [int(hit["_id"]) for hit in page_hits["hits"]["hits"]]
    answered = response["aggregations"]
    matching_promotions = promoted_matching(answered)
    return Listing(
        page_obj=page_obj,
        total=listed + len(matching_promotions),
        counts=counts(answered),
        promoted_matching=matching_promotions,
    )
