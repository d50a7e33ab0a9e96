"""The JSON endpoint behind the search box suggestions."""

import pytest

from tests.factories import add_english


def test_suggests_titles_from_a_word_start(search_env, corpus):
    response = search_env.get({"q": "tram"}, name="search:suggest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["query"] == "tram"
    suggestion = next(item for item in data["suggestions"] if item["title"] == "Tramway sans caténaire à Bordeaux")
    assert suggestion["url"] == corpus.tram.url


def test_suggestions_give_each_page_once_in_the_visitors_language_or_its_fallback(search_env, corpus):
    add_english(corpus)  # the tram sheet is translated into English, the hydrogen bus is not

    data = search_env.get({"q": "tram"}, language="en", name="search:suggest").json()

    titles = [item["title"] for item in data["suggestions"]]
    assert "Catenary-free tramway in Bordeaux" in titles
    assert "Tramway sans caténaire à Bordeaux" not in titles  # never the French version of a translated page
    assert "Bus à hydrogène de Pau" in titles  # not translated yet: shown in French


@pytest.mark.parametrize("query", ["", "t", "   ", "%%", "\x00"])
def test_too_short_or_empty_gives_no_suggestion(search_env, corpus, query):
    response = search_env.get({"q": query}, name="search:suggest")

    assert response.status_code == 200
    assert response.json()["suggestions"] == []


def test_search_page_wires_the_script(search_env, corpus):
    html = search_env.get({"q": "tram"}).content.decode()

    assert 'data-autocomplete-url="' + search_env.url(name="search:suggest") + '"' in html
    assert "search/autocomplete.js" in html
