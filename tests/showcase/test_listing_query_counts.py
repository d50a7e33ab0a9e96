"""Rendering a theme, country, programme or the fact sheet index costs as many queries for 100 fact sheets as for 10.

The listings are built once (``crowded_listings``): a theme, a country and a programme with 10 fact
sheets, others with 100, and the English index lists 10 fact sheets where the French one lists 110.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def listings_of_10_and_100(site, page_name):
    """``[(URL listing 10 fact sheets, URL listing 100 or more)]`` for the page type ``page_name``."""
    if page_name != "fact_sheet_index":
        return [(site["few"][page_name].url, site["many"][page_name].url)]
    index = site["fact_sheet_index"].url
    return [
        # The same French page filtered to 10 and to 100 fact sheets...
        (f"{index}?programme={site['few']['programme'].pk}", f"{index}?programme={site['many']['programme'].pk}"),
        # ...and unfiltered: 10 in English, 110 in French (an English page looks its French original up: 2 more queries).
        (site["en"]["fact_sheet_index"].url, index),
    ]


@pytest.mark.parametrize("page_name", ["theme", "country", "programme", "fact_sheet_index"])
def test_queries_do_not_grow_with_fact_sheets(client, crowded_listings, django_assert_max_num_queries, page_name):
    for url_with_10, url_with_100 in listings_of_10_and_100(crowded_listings, page_name):
        for url in (url_with_10, url_with_100):
            client.get(url)  # warm the per-process caches (content types, site root paths)
        queries_with_10 = count_queries(client, url_with_10)

        with django_assert_max_num_queries(queries_with_10):
            response = client.get(url_with_100)
        assert response.status_code == 200
