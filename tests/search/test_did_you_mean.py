"""A misspelt query that finds nothing gets the results of the closest known words, and says so."""

import pytest

from search.models import SearchTerm

from .query_log_flushing import flushed_search_log  # noqa: F401  (fixture)
from .reading import result_titles


@pytest.mark.parametrize(("typed", "meant"), [("tramwey", "tramway"), ("tramway bordaux", "tramway bordeaux")])
def test_a_misspelt_query_shows_the_results_of_the_closest_words(search_env, corpus, typed, meant):
    response = search_env.get({"q": typed})

    html = " ".join(response.content.decode().split())  # French typography: no-break spaces inside « »
    assert response.status_code == 200
    assert result_titles(response)[0] == "Tramway sans caténaire à Bordeaux"
    assert f"Aucun résultat pour « {typed} »" in html  # the visitor's language: French
    assert f'href="/fr/recherche/?q={meant.replace(" ", "+")}">{meant}</a>' in html


def test_the_misspelt_query_is_logged_as_finding_nothing(search_env, corpus, flushed_search_log):
    search_env.get({"q": "tramwey"})
    flushed_search_log()

    assert SearchTerm.objects.get(query_string="tramwey").no_result_hits == 1


def test_a_query_far_from_every_word_finds_nothing_and_suggests_nothing(search_env, corpus):
    response = search_env.get({"q": "xylophone"})

    assert result_titles(response) == []
    assert "search-correction" not in response.content.decode()


def test_a_query_that_finds_pages_is_not_corrected(search_env, corpus):
    response = search_env.get({"q": "tramway"})

    assert "search-correction" not in response.content.decode()
