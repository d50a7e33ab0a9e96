"""When the engine is down the search page still answers, from the database, and logs why."""

import logging

import pytest
from django.urls import reverse
from django.utils import translation

from vivapolis.settings.base import SEARCH_DATABASE_BACKEND, search_engine_backend

# Nothing listens on port 9 (discard) of the loopback: connections are refused at once.
DOWN_ENGINE = search_engine_backend("http://127.0.0.1:9", "opensearch2", "vivapolis_down_")


@pytest.fixture
def engine_down(settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": DOWN_ENGINE, "database": SEARCH_DATABASE_BACKEND}


def search_url(name="search:search"):
    with translation.override("fr"):
        return reverse(name)


def test_results_come_from_the_database_with_a_notice(search_corpus, engine_down, client, caplog):
    with caplog.at_level(logging.ERROR, logger="search.service"):
        response = client.get(search_url(), {"q": "tramway"})

    assert response.status_code == 200
    assert "<mark>Tramway</mark> sans caténaire à Bordeaux" in response.content.decode()
    assert "search-degraded" in response.content.decode()
    assert any("'default' failed" in record.getMessage() for record in caplog.records)


def test_autocomplete_falls_back_too(search_corpus, engine_down, client):
    response = client.get(search_url("search:suggest"), {"q": "tram"})

    assert response.status_code == 200
    assert "Tramway sans caténaire à Bordeaux" in [item["title"] for item in response.json()["suggestions"]]


def test_clear_message_when_no_backend_answers(search_corpus, settings, client, caplog):
    settings.WAGTAILSEARCH_BACKENDS = {"default": DOWN_ENGINE}

    response = client.get(search_url(), {"q": "tramway"})

    assert response.status_code == 200
    assert "search-unavailable" in response.content.decode()
    assert "Tramway sans caténaire à Bordeaux" not in response.content.decode()


def test_publishing_while_the_engine_is_down_still_works(search_corpus, engine_down, client):
    search_corpus.tram.title = "Tramway rénové"

    search_corpus.tram.save_revision().publish()

    response = client.get(search_url(), {"q": "rénové"})
    assert "Tramway <mark>rénové</mark>" in response.content.decode()


def test_renaming_a_theme_while_the_engine_is_down_still_works(search_corpus, engine_down, client, caplog):
    search_corpus.mobility.title = "Transports urbains"

    with caplog.at_level(logging.ERROR):
        search_corpus.mobility.save_revision().publish()

    search_corpus.mobility.refresh_from_db()
    assert search_corpus.mobility.live and search_corpus.mobility.title == "Transports urbains"
    assert any("search backend" in record.getMessage() for record in caplog.records)
    response = client.get(search_url(), {"q": "transports urbains"})
    assert "Tramway sans caténaire à Bordeaux" in response.content.decode()
