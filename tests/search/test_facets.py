"""Filters with live counts: each count equals the number of results one gets by choosing it."""

import pytest

from .corpus import build_corpus


@pytest.fixture
def corpus(site_tree, search_env):
    return build_corpus(site_tree)


def facet(response, name):
    return next(f for f in response.context["outcome"].facets if f.name == name)


def titles(response):
    return sorted(result.page.title for result in response.context["outcome"].results)


def test_each_facet_count_matches_the_filtered_result_list(search_env, corpus):
    response = search_env.get({"q": "tramway"})
    assert response.status_code == 200

    for name in ("theme", "country", "type", "year"):
        for option in facet(response, name).options:
            filtered = search_env.get({"q": "tramway", name: option.value})
            assert filtered.context["outcome"].total == option.count, (name, option.label)


def test_filters_work_without_a_query(search_env, corpus):
    response = search_env.get({"theme": corpus.mobility.pk, "country": corpus.brazil.pk})

    assert response.status_code == 200
    assert titles(response) == ["Bus à hydrogène de Pau", "Tramway sans caténaire à Bordeaux"]
    assert "2 résultats" in response.content.decode() or "2 results" in response.content.decode()


def test_filters_combine(search_env, corpus):
    response = search_env.get({"theme": corpus.energy.pk, "country": corpus.brazil.pk, "year": 2022})

    assert titles(response) == ["Économie circulaire des chantiers"]
    theme_counts = {option.label: option.count for option in facet(response, "theme").options}
    # Other themes keep their counts for the other active filters (Brazil, 2022).
    assert theme_counts == {"Énergie": 1, "Économie circulaire": 1}


def test_programme_and_page_type_facets(search_env, corpus):
    response = search_env.get({"programme": corpus.divd.pk})

    assert titles(response) == ["Tramway sans caténaire à Bordeaux"]
    types = {option.value: option.count for option in facet(search_env.get({"q": "bus"}), "type").options}
    assert types == {"factsheet": 1, "news": 1}


def test_facet_labels_are_in_the_visitors_language(search_env, corpus):
    html = search_env.get({"q": "tramway"}).content.decode()

    assert "Mobilité (2)" in html
    assert "Thématique" in html or "Theme" in html


def test_sort_by_date_puts_the_latest_publication_first(search_env, corpus):
    corpus.tram.save_revision().publish()
    corpus.bus.save_revision().publish()

    by_date = search_env.get({"q": "tramway", "sort": "date"}).context["outcome"].results
    by_relevance = search_env.get({"q": "tramway"}).context["outcome"].results

    assert [result.page.title for result in by_date] == ["Bus à hydrogène de Pau", "Tramway sans caténaire à Bordeaux"]
    assert by_relevance[0].page.title == "Tramway sans caténaire à Bordeaux"


@pytest.mark.parametrize(
    "filters",
    [{}, {"theme": "energy"}, {"theme": "energy", "country": "brazil"}, {"type": "factsheet", "year": 2021}, {"programme": "divd"}],
    ids=["none", "theme", "theme+country", "type+year", "programme"],
)
def test_postgresql_counts_in_sql_what_the_python_counter_counts(site_tree, filters):
    from django.db import connection

    from search.facets import FacetData, count_facets, count_facets_in_postgres
    from search.service import base_queryset

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL counts facets in SQL; other databases use the Python counter (run with DATABASE_URL=postgresql://...)")
    corpus = build_corpus(site_tree)
    active = {name: getattr(corpus, value).pk if isinstance(value, str) and name != "type" else value for name, value in filters.items()}
    ordered_ids = list(base_queryset(site_tree["home"].locale).order_by("-pk").values_list("pk", flat=True))

    in_sql = count_facets_in_postgres(ordered_ids, active)
    in_python = count_facets(ordered_ids, FacetData(ordered_ids), active)

    assert in_sql == in_python
    assert sum(in_sql[1]["type"].values()) > 0
