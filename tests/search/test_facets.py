"""Filters with live counts: each count equals the number of results one gets by choosing it."""

from collections import Counter

import pytest

from core.facets import facet_names
from search import counting
from search.counting import count_facets_in_sql
from search.facets import FacetData
from search.service import base_queryset


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


def reference_counts(ordered_ids, active):
    """The disjunctive counts, computed the slow and obvious way from each page's facet values."""
    data = FacetData(ordered_ids)
    counts = {name: Counter() for name in facet_names()}
    matching = []
    for pk in ordered_ids:
        values = data.values[pk]
        missed = [name for name, accepted in active.items() if not set(accepted) & values[name]]
        if not missed:
            matching.append(pk)
        for name in facet_names():
            if not [other for other in missed if other != name]:
                counts[name].update(values[name])
    return matching, counts


@pytest.mark.parametrize(
    "filters",
    [{}, {"theme": "energy"}, {"theme": "energy", "country": "brazil"}, {"type": "factsheet", "year": 2021}, {"programme": "divd"}],
    ids=["none", "theme", "theme+country", "type+year", "programme"],
)
@pytest.mark.parametrize("short_list", [1000, 0], ids=["sought-among-matches", "sought-among-all-pages"])
def test_the_database_counts_what_each_page_is_filed_under(search_corpus, filters, short_list, monkeypatch):
    monkeypatch.setattr(counting, "SHORT_LIST", short_list)
    active = {
        name: [getattr(search_corpus, value).pk if isinstance(value, str) and name != "type" else value]
        for name, value in filters.items()
    }
    ordered_ids = list(base_queryset(search_corpus.home.locale).order_by("-pk").values_list("pk", flat=True))

    in_sql = count_facets_in_sql(ordered_ids, active)

    assert in_sql == reference_counts(ordered_ids, active)
    assert sum(in_sql[1]["type"].values()) > 0
