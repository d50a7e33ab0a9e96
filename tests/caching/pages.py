"""What a visitor's client sees of the page cache."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def visit(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    return response


def served_from_cache(response):
    return response.get("X-Page-Cache") == "hit"


def visit_counting_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = visit(client, url)
    return response, len(queries)


def text(response):
    return response.content.decode()
