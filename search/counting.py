"""Facet counts and the filtered list of matches, computed by the database in one statement.

The same SQL runs on SQLite and PostgreSQL: the matching ids come in as one bound parameter
(``json_each`` or ``unnest``). Counts are disjunctive (``search.facets``): the rows of an active
facet count when their page passes every other active filter, the rows of the other facets when it
passes them all. Which pages pass a filter is read from the rows of its accepted values alone (a few
hundred, through the tables' indexes); then each facet's rows are read only for the matches they
count for: every match when no filter is active, a few hundred once one is. Only the counts and the
ids that pass every filter (in relevance or date order) come back.
"""

from collections import Counter

from django.db import connection
from django.db.models.expressions import RawSQL
from wagtail.models import Page

from core.facets import TYPE, facet_names

from .facets import _ids_parameter, content_type_for_key, facet_rows, matched_ids_sql, page_type_keys

ROW_COLUMNS = "page_id, facet, value, shown, declared, rank"
COUNT = "SELECT 0, facet, value, COUNT(DISTINCT page_id), 0, NULL, 0"
# Up to this many matches, the pages passing a filter are sought among them (PostgreSQL, 10,000 fact
# sheets: 3 ms instead of 5 for 428 matches; 19 ms instead of 14 for 10,000).
SHORT_LIST = 1000


def _rows_cte(name, pages_sql, facets):
    """The rows of ``facets`` (``search.facets.facet_rows``) of the pages ``pages_sql`` (None: every page)."""
    pages = None if pages_sql is None else RawSQL(pages_sql, [])
    rows_sql, params = facet_rows(pages, facets).query.sql_with_params()
    return f"{name}({ROW_COLUMNS}) AS ({rows_sql})", list(params)


def _passing_pages(name, values, among_matches):
    """The pages filed under one of a filter's accepted values: among the matches, or all of them
    (``kept`` keeps the matches), which is faster for a long list of matches.

    The rows' CTE is read only here, so the database inlines it and reads the rows of these values
    through the tables' indexes, knowing how many there are: a filter over a CTE of every match's
    rows was estimated at one row, and PostgreSQL then re-read the matches for each passing page.
    """
    rows, params = _rows_cte(f"filed_{name}", "SELECT id FROM matched" if among_matches else None, [name])
    accepted = ", ".join(["%s"] * len(values))
    return [rows, f"passes_{name}(page_id) AS (SELECT page_id FROM filed_{name} WHERE value IN ({accepted}))"], [*params, *values]


def _all_pass(names, page_id):
    return " AND ".join(f"{page_id} IN (SELECT page_id FROM passes_{name})" for name in sorted(names)) or "1 = 1"


def _counting_sql(active, others, among_matches):
    """``(common table expressions, their parameters, the counting SELECTs)``.

    The rows of an active facet are read for the matches that pass every other filter, those of
    the other facets for the matches that pass them all (``kept``).
    """
    ctes, params, selects = [], [], []
    for name, values in active.items():
        passing, passing_params = _passing_pages(name, values, among_matches)
        ctes += passing
        params += passing_params
    ctes.append(f"kept(id, position) AS (SELECT id, position FROM matched WHERE {_all_pass(active, 'id')})")
    for name in [*active, *others]:
        counted = f"SELECT id FROM matched WHERE {_all_pass(set(active) - {name}, 'id')}" if name in active else "SELECT id FROM kept"
        cte, cte_params = _rows_cte(f"counted_{name}", counted, [name])
        ctes.append(cte)
        params += cte_params
        selects.append(f"{COUNT} FROM counted_{name} GROUP BY facet, value")
    return ctes, params, selects


def _sql_active(active):
    """Active filters (``{facet: accepted values}``) with page types as the content type ids the rows hold."""
    return {
        name: [content_type_for_key(value) for value in values] if name == TYPE.name else list(values)
        for name, values in active.items()
    }


def _listed_sql(by_date):
    """The SELECT of the ids that pass every filter, with what they are ordered by: their publication
    date only in date order (in relevance order, the page table is not read)."""
    if not by_date:
        return "SELECT 1 AS kind, NULL AS facet, NULL AS value, id AS number, 0 AS unpublished, NULL AS published, position FROM kept"
    page_table = connection.ops.quote_name(Page._meta.db_table)
    # The list of ids comes first: PostgreSQL then types each column from it (a NULL date would be text).
    return f"""SELECT 1 AS kind, NULL AS facet, NULL AS value, kept.id AS number,
            CASE WHEN page.first_published_at IS NULL THEN 1 ELSE 0 END AS unpublished,
            page.first_published_at AS published, kept.position AS position
        FROM kept
        JOIN {page_table} AS page ON page.id = kept.id"""


def count_facets_in_sql(ordered_ids, active, by_date=False):
    """``(matching ids in order, {facet: Counter(value -> count)})`` for the pages ``ordered_ids``."""
    if not ordered_ids:
        return [], {name: Counter() for name in facet_names()}
    active = _sql_active(active)
    names = facet_names()
    others = [name for name in names if name not in active]
    ctes, cte_params, selects = _counting_sql(active, others, among_matches=len(ordered_ids) <= SHORT_LIST)
    order = "kind, unpublished, published DESC, position" if by_date else "kind, position"
    sql = f"""
        WITH matched(id, position) AS ({matched_ids_sql()}), {", ".join(ctes)}
        {_listed_sql(by_date)}
        UNION ALL
        {" UNION ALL ".join(selects)}
        ORDER BY {order}
    """
    params = [_ids_parameter(ordered_ids), *cte_params]
    type_keys = page_type_keys()
    counts = {name: Counter() for name in names}
    matching = []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for kind, facet, value, number, *_order in cursor.fetchall():
            if kind:
                matching.append(number)
            else:
                counts[facet][type_keys.get(value) if facet == "type" else value] = number
    return matching, counts
