"""Facet counts and the filtered list of matches, computed by the database in one statement.

The same SQL runs on SQLite and PostgreSQL: the matching ids come in as one bound parameter
(``json_each`` or ``unnest``), the facet rows of those pages (``search.facets.facet_rows``)
are grouped per page to know which active filters each page passes, then counted per option.
Only the counts and the ids that pass every filter (in relevance or date order) come back.
"""

from collections import Counter

from django.db import connection
from django.db.models.expressions import RawSQL
from wagtail.models import Page

from core.facets import TYPE, facet_names

from .facets import _ids_parameter, content_type_for_key, facet_rows, matched_ids_sql, page_type_keys


def _passes_columns(active):
    """One column per active filter: 1 when the page is filed under one of the accepted values."""
    columns = "".join(
        f", MAX(CASE WHEN facet = %s AND value IN ({', '.join(['%s'] * len(values))}) THEN 1 ELSE 0 END) AS passes_{name}"
        for name, values in active.items()
    )
    params = [param for name, values in active.items() for param in (name, *values)]
    return columns, params


def _all_pass(names):
    return " AND ".join(f"passes_{name} = 1" for name in sorted(names)) or "1 = 1"


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
    rows_sql, rows_params = facet_rows(RawSQL("SELECT id FROM matched", [])).query.sql_with_params()
    passes, passes_params = _passes_columns(active)
    names = facet_names()
    counted = " OR ".join(f"(facet = %s AND {_all_pass(set(active) - {name})})" for name in names)
    page_table = connection.ops.quote_name(Page._meta.db_table)
    order = "kind, unpublished, published DESC, position" if by_date else "kind, position"
    # With no active filter (the common case) no page is left out: the per-page pass is skipped.
    page_filter = f", page_filter AS (SELECT page_id{passes} FROM facet_row GROUP BY page_id)" if active else ""
    rows_join = "JOIN page_filter ON page_filter.page_id = facet_row.page_id" if active else ""
    matched_join = "JOIN page_filter ON page_filter.page_id = matched.id" if active else ""
    sql = f"""
        WITH matched(id, position) AS ({matched_ids_sql()}),
        facet_row(page_id, facet, value, shown, declared, rank) AS ({rows_sql}){page_filter}
        SELECT 0 AS kind, facet, value, COUNT(DISTINCT facet_row.page_id) AS number, 0 AS unpublished, NULL AS published, 0 AS position
        FROM facet_row {rows_join}
        WHERE {counted}
        GROUP BY facet, value
        UNION ALL
        SELECT 1 AS kind, NULL, NULL, matched.id,
            CASE WHEN page.first_published_at IS NULL THEN 1 ELSE 0 END, page.first_published_at, matched.position
        FROM matched {matched_join}
        JOIN {page_table} AS page ON page.id = matched.id
        WHERE {_all_pass(active)}
        ORDER BY {order}
    """
    params = [_ids_parameter(ordered_ids), *rows_params, *passes_params, *names]
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
