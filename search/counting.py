"""Facet counts and the filtered list of matches, computed by the database in one statement.

The same SQL runs on SQLite and PostgreSQL: the matching ids come in as one bound parameter
(``json_each`` or ``unnest``). Counts are disjunctive (``search.facets``): the rows of an active
facet count when their page passes every other active filter, the rows of the other facets when it
passes them all. So only the rows of the active facets are read for every match (they tell which
filters each page passes), and the rows of the other facets only for the pages that pass every
filter, a few of them once a filter is chosen. Only the counts and the ids that pass every filter
(in relevance or date order) come back.
"""

from collections import Counter

from django.db import connection
from django.db.models.expressions import RawSQL
from wagtail.models import Page

from core.facets import TYPE, facet_names

from .facets import _ids_parameter, content_type_for_key, facet_rows, matched_ids_sql, page_type_keys

ROW_COLUMNS = "page_id, facet, value, shown, declared, rank"
COUNT = "SELECT 0, facet, value, COUNT(DISTINCT page_id), 0, NULL, 0"


def _rows_cte(name, pages_sql, facets):
    rows_sql, params = facet_rows(RawSQL(pages_sql, []), facets).query.sql_with_params()
    return f"{name}({ROW_COLUMNS}) AS ({rows_sql})", list(params)


def _passing_pages(active):
    """One CTE per active filter: the pages filed under one of its accepted values."""
    ctes, params = [], []
    for name, values in active.items():
        accepted = ", ".join(["%s"] * len(values))
        ctes.append(f"passes_{name}(page_id) AS (SELECT page_id FROM active_row WHERE facet = %s AND value IN ({accepted}))")
        params += [name, *values]
    return ctes, params


def _all_pass(names, page_id):
    return " AND ".join(f"{page_id} IN (SELECT page_id FROM passes_{name})" for name in sorted(names)) or "1 = 1"


def _counting_sql(active, others):
    """``(common table expressions, their parameters, the counting SELECTs, their parameters)``."""
    ctes, params, selects, select_params = [], [], [], []
    if active:
        cte, cte_params = _rows_cte("active_row", "SELECT id FROM matched", active)
        passing, passing_params = _passing_pages(active)
        ctes += [cte, *passing]
        params += cte_params + passing_params
        counted = " OR ".join(f"(facet = %s AND {_all_pass(set(active) - {name}, 'page_id')})" for name in active)
        selects.append(f"{COUNT} FROM active_row WHERE {counted} GROUP BY facet, value")
        select_params += list(active)
    ctes.append(f"kept(id, position) AS (SELECT id, position FROM matched WHERE {_all_pass(active, 'id')})")
    if others:
        cte, cte_params = _rows_cte("other_row", "SELECT id FROM kept", others)
        ctes.append(cte)
        params += cte_params
        selects.append(f"{COUNT} FROM other_row GROUP BY facet, value")
    return ctes, params, selects, select_params


def _sql_active(active):
    """Active filters (``{facet: accepted values}``) with page types as the content type ids the rows hold."""
    return {
        name: [content_type_for_key(value) for value in values] if name == TYPE.name else list(values)
        for name, values in active.items()
    }


def count_facets_in_sql(ordered_ids, active, by_date=False):
    """``(matching ids in order, {facet: Counter(value -> count)})`` for the pages ``ordered_ids``."""
    if not ordered_ids:
        return [], {name: Counter() for name in facet_names()}
    active = _sql_active(active)
    names = facet_names()
    ctes, cte_params, selects, select_params = _counting_sql(active, [name for name in names if name not in active])
    page_table = connection.ops.quote_name(Page._meta.db_table)
    order = "kind, unpublished, published DESC, position" if by_date else "kind, position"
    # The list of ids comes first: PostgreSQL then types each column from it (a NULL date would be text).
    sql = f"""
        WITH matched(id, position) AS ({matched_ids_sql()}), {", ".join(ctes)}
        SELECT 1 AS kind, NULL AS facet, NULL AS value, kept.id AS number,
            CASE WHEN page.first_published_at IS NULL THEN 1 ELSE 0 END AS unpublished,
            page.first_published_at AS published, kept.position AS position
        FROM kept
        JOIN {page_table} AS page ON page.id = kept.id
        UNION ALL
        {" UNION ALL ".join(selects)}
        ORDER BY {order}
    """
    params = [_ids_parameter(ordered_ids), *cte_params, *select_params]
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
