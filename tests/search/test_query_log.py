"""The query log: what visitors search, and which searches found nothing, in the admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from search.models import SearchTerm
from tests.factories import build_corpus

from .query_log_flushing import flushed_search_log  # noqa: F401  (fixture)


@pytest.fixture
def corpus(site_tree, search_env):
    return build_corpus(site_tree)


def test_searches_are_counted_with_their_result_count(search_env, corpus, flushed_search_log):
    search_env.get({"q": "Tramway"})
    search_env.get({"q": "tramway "})
    search_env.get({"q": "téléphérique"})
    flushed_search_log()

    tramway = SearchTerm.objects.get(query_string="tramway", language_code="fr")
    assert (tramway.hits, tramway.no_result_hits, tramway.last_result_count) == (2, 0, 2)
    nothing = SearchTerm.objects.get(query_string="téléphérique")
    assert (nothing.hits, nothing.no_result_hits) == (1, 1)


def test_admin_report_lists_terms_and_no_result_terms(search_env, corpus, client, flushed_search_log):
    search_env.get({"q": "tramway"})
    search_env.get({"q": "téléphérique"})
    flushed_search_log()
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
    client.force_login(admin)

    most = client.get(reverse("search_terms:index"))
    none = client.get(reverse("search_terms:index"), {"ordering": "-no_result_hits"})

    assert most.status_code == 200
    assert "tramway" in most.content.decode()
    body = none.content.decode()
    assert body.index("téléphérique") < body.index("tramway")


def test_report_is_for_editors_only(db, client):
    response = client.get(reverse("search_terms:index"))

    assert response.status_code == 302
