"""A search costs the same number of database queries for 10 or 60 matching fact sheets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import CountryPageFactory, FactSheetPageFactory, ThemePageFactory


@pytest.fixture
def filed_under(site_tree, search_env):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")
    country = CountryPageFactory(parent=site_tree["country_index"], title="Brésil", iso_code="BR")

    def add_tramways(count):
        for _ in range(count):
            FactSheetPageFactory(parent=site_tree["fact_sheet_index"], summary="Un tramway urbain.", themes=[theme], countries=[country])

    return theme, country, add_tramways


def count_queries(search_env, params):
    with CaptureQueriesContext(connection) as queries:
        response = search_env.get(params)
    assert response.status_code == 200
    return len(queries), response.context["outcome"].total


@pytest.mark.parametrize("with_filters", [False, True], ids=["words", "words+filters"])
def test_search_queries_do_not_grow_with_matches(search_env, filed_under, with_filters):
    theme, country, add_tramways = filed_under
    params = {"q": "tramway", **({"theme": theme.pk, "country": country.pk, "sort": "date"} if with_filters else {})}
    add_tramways(10)
    search_env.get(params)  # warm the per-process caches (content types, backend connection)
    queries_with_10, total = count_queries(search_env, params)
    assert total == 10

    add_tramways(50)
    search_env.get(params)  # again: publishing pages makes the site-wide caches (core.site_wide_cache) stale
    queries_with_60, total = count_queries(search_env, params)

    assert total == 60
    assert queries_with_60 <= queries_with_10
