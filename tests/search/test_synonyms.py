"""Synonyms that editors manage per language (*Settings → Synonyms*), applied on every backend."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from search.models import Synonym
from tests.factories import FactSheetPageFactory

from .reading import result_titles


@pytest.fixture
def corpus(corpus, search_corpus):  # search_corpus named: pytest 8 would not see the tree behind `corpus`
    """The search corpus and two more fact sheets: a smart city and a solar plant."""
    corpus.smart = FactSheetPageFactory(
        parent=corpus.fact_sheet_index, title="Une smart city à Dijon", summary="Des capteurs partout."
    )
    corpus.solar = FactSheetPageFactory(
        parent=corpus.fact_sheet_index, title="Une centrale photovoltaïque flottante", summary="Sur un lac."
    )
    return corpus


def add_synonyms(terms, language="fr"):
    return Synonym.objects.create(locale=Locale.objects.get(language_code=language), terms=terms)


def test_a_word_finds_the_pages_of_its_synonym(search_env, corpus):
    assert result_titles(search_env.get({"q": "PV"})) == []

    add_synonyms("PV, photovoltaïque")

    assert result_titles(search_env.get({"q": "la PV de Lyon"})) == ["Une centrale photovoltaïque flottante"]


def test_an_expression_finds_the_pages_of_another_expression(search_env, corpus):
    add_synonyms("ville durable, smart city")

    assert result_titles(search_env.get({"q": "Villes durables"})) == ["Une smart city à Dijon"]


def test_synonyms_of_one_language_leave_the_others_alone(search_env, corpus):
    add_synonyms("PV, photovoltaïque", language="en")

    assert result_titles(search_env.get({"q": "PV"})) == []


def test_an_editor_adds_synonyms_in_the_admin(english_admin, site_tree):
    french = Locale.objects.get(language_code="fr")

    response = english_admin.post(
        reverse("search_synonyms:add"), {"locale": french.pk, "terms": " PV ,photovoltaïque, pv "}, follow=True
    )

    assert response.status_code == 200
    assert Synonym.objects.get().terms == "PV, photovoltaïque"
    assert "PV, photovoltaïque" in english_admin.get(reverse("search_synonyms:index")).content.decode()


def test_a_single_word_is_refused_with_a_message_and_nothing_saved(english_admin, site_tree):
    french = Locale.objects.get(language_code="fr")

    response = english_admin.post(reverse("search_synonyms:add"), {"locale": french.pk, "terms": "tram, Tram"})

    assert response.status_code == 200
    assert "Type at least two different words" in response.content.decode()
    assert not Synonym.objects.exists()
