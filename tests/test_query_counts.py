"""Rendering a theme or a country page costs the same number of queries for 10 or 100 fact sheets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import FactSheetPageFactory


def add_fact_sheets(content, count):
    for _ in range(count):
        FactSheetPageFactory(
            parent=content["fact_sheet_index"],
            themes=[content["theme"]],
            countries=[content["country"]],
            programme=content["programme"],
        )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page_name", ["theme", "country", "programme", "fact_sheet_index"])
def test_queries_do_not_grow_with_fact_sheets(client, content, django_assert_max_num_queries, page_name):
    url = content[page_name].url
    add_fact_sheets(content, 9)
    client.get(url)  # warm the per-process caches (content types, site root paths)
    queries_with_10 = count_queries(client, url)

    add_fact_sheets(content, 90)

    with django_assert_max_num_queries(queries_with_10):
        response = client.get(url)
    assert response.status_code == 200
