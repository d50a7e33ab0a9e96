"""Plurals, inflections, missing accents and stop words in each language, on every backend.

SQLite analyses the text itself (search.analysis: Snowball stems, folded accents, Snowball's stop
words); PostgreSQL with its per-language configurations; the engine with its analysers.
"""

import pytest

from tests.factories import FactSheetPageFactory
from tests.factories.search_corpus import retitled_translation

from .reading import result_titles


@pytest.fixture
def corpus(corpus, search_corpus):  # search_corpus named: pytest 8 would not see the tree behind `corpus`
    """The search corpus and two more fact sheets: a digital twin and a flood park."""
    corpus.twin = FactSheetPageFactory(
        parent=corpus.fact_sheet_index,
        title="Un jumeau numérique pour coordonner les travaux",
        summary="La ville simule ses chantiers avant de les ouvrir.",
    )
    corpus.park = FactSheetPageFactory(
        parent=corpus.fact_sheet_index,
        title="Un parc inondable au cœur d'un quartier",
        summary="Les crues débordent dans les pelouses plutôt que dans les rues.",
    )
    return corpus


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jumeaux", "Un jumeau numérique pour coordonner les travaux"),
        ("parcs inondables", "Un parc inondable au cœur d'un quartier"),
        ("tramways", "Tramway sans caténaire à Bordeaux"),
        ("énergies renouvelables", "Réseau de chaleur de Grenoble"),
        ("numeriques", "Un jumeau numérique pour coordonner les travaux"),
    ],
)
def test_french_inflections_and_missing_accents_find_the_page(search_env, corpus, query, expected):
    response = search_env.get({"q": query})

    assert response.status_code == 200
    assert result_titles(response)[0] == expected


def test_french_stop_words_need_not_be_in_the_page(search_env, corpus):
    assert result_titles(search_env.get({"q": "le tramway de Bordeaux"}))[:1] == ["Tramway sans caténaire à Bordeaux"]


def test_a_query_of_stop_words_alone_finds_nothing_and_says_so(search_env, corpus):
    response = search_env.get({"q": "de la"})

    assert response.status_code == 200
    assert result_titles(response) == []
    assert "No result" in response.content.decode() or "Aucun résultat" in response.content.decode()


def test_english_plural_finds_singular(search_env, corpus):
    retitled_translation(corpus.twin, "en", "A digital twin of the city", "The city simulates its roadworks.")

    assert result_titles(search_env.get({"q": "cities twins"}, language="en")) == ["A digital twin of the city"]


def test_spanish_plural_without_accent_finds_the_tram_sheet(search_env, corpus):
    retitled_translation(corpus.tram, "es", "Tranvía sin catenaria en Burdeos", "Una línea alimentada desde el suelo.")

    assert result_titles(search_env.get({"q": "tranvias"}, language="es")) == ["Tranvía sin catenaria en Burdeos"]


def test_portuguese_plural_finds_the_park(search_env, corpus):
    retitled_translation(corpus.park, "pt", "Parque inundável no coração de um bairro", "As cheias transbordam para os gramados.")

    assert result_titles(search_env.get({"q": "parques inundaveis"}, language="pt")) == [
        "Parque inundável no coração de um bairro"
    ]


@pytest.mark.parametrize("query", ["المدينة", "مدينة", "بالمدينة"])
def test_arabic_finds_the_word_with_or_without_its_article(search_env, corpus, query):
    retitled_translation(corpus.twin, "ar", "توأم رقمي للمدينة", "تحاكي المدينة أشغالها قبل فتحها.")

    assert result_titles(search_env.get({"q": query}, language="ar")) == ["توأم رقمي للمدينة"]
