"""Search results mark the words the visitor typed, in titles and in a snippet taken around them."""

import re

import pytest
from wagtail.search.backends import get_search_backend

from search.highlight import Highlighter
from tests.factories import FactSheetPageFactory

FILLER = " ".join(f"mot{number}" for number in range(80))


def result_html(response, title_fragment):
    """The HTML of the result whose title contains ``title_fragment``."""
    items = re.findall(r'<li class="search-result fr-mb-3w".*?</li>', response.content.decode(), re.S)
    return next(item for item in items if title_fragment in re.sub(r"</?mark>", "", item))


def test_the_matched_word_is_marked_in_the_title_and_the_snippet(search_env, corpus):
    response = search_env.get({"q": "tramway"})

    tram = result_html(response, "sans caténaire")
    assert "<mark>Tramway</mark> sans caténaire à Bordeaux</a>" in tram
    bus = result_html(response, "Bus à hydrogène")
    assert "en correspondance avec le <mark>tramway</mark>." in bus


def test_words_are_marked_whatever_their_accents_and_case(search_env, corpus):
    if not getattr(get_search_backend("default"), "has_language_analysis", True):
        pytest.skip("this Elasticsearch has only the standard analyser (no analysis-common): accents count")
    response = search_env.get({"q": "economie CIRCULAIRE"})

    assert "<mark>Économie</mark> <mark>circulaire</mark> des chantiers" in result_html(response, "des chantiers")


def test_the_snippet_is_taken_around_the_match(search_env, corpus, site_tree):
    FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"],
        title="Plateforme logistique",
        summary="Un entrepôt partagé en périphérie.",
        body=[("paragraph", f"<p>{FILLER} Les livraisons finales se font en téléphérique urbain. {FILLER}</p>")],
    )

    snippet = result_html(search_env.get({"q": "téléphérique"}), "Plateforme logistique")

    assert "… mot78 mot79 Les livraisons finales se font en <mark>téléphérique</mark> urbain. mot0 mot1" in snippet
    assert "mot77 " not in snippet
    assert "Un entrepôt partagé" not in snippet


def test_a_result_without_a_match_in_its_texts_shows_its_summary(search_env, corpus):
    response = search_env.get({"theme": corpus.mobility.pk})

    assert "Une ligne alimentée par le sol traverse le centre historique." in result_html(response, "sans caténaire")
    assert "<mark>" not in response.content.decode()


def test_titles_and_snippets_are_escaped(search_env, corpus, site_tree):
    FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"],
        title="<script>alert(1)</script> Tramway <b>fort</b>",
        summary="Le tramway <img src=x onerror=alert(2)> & le bus.",
    )

    html = result_html(search_env.get({"q": "tramway"}), "alert(1)")

    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Tramway</mark> &lt;b&gt;fort&lt;/b&gt;" in html
    assert "Le <mark>tramway</mark> &lt;img src=x onerror=alert(2)&gt; &amp; le bus." in html
    assert "<script>" not in html and "<img" not in html


def test_short_words_of_the_query_are_not_marked(search_env, corpus):
    html = result_html(search_env.get({"q": "réseau de chaleur"}), "Grenoble")

    assert "<mark>Réseau</mark> de <mark>chaleur</mark> de Grenoble" in html


@pytest.mark.parametrize(
    "query, language, text, marked",
    [
        ("réseaux", "fr", "Le réseau de chaleur", "Le <mark>réseau</mark> de chaleur"),
        ("cities", "en", "A city for all", "A <mark>city</mark> for all"),
        ("供热", "zh-hans", "城市供热系统", "城市<mark>供热</mark>系统"),
        ("城市 供热", "zh-hans", "城市供热", "<mark>城市</mark><mark>供热</mark>"),
        ("مدينة", "ar", "في المدينة", "في <mark>المدينة</mark>"),
        ("مدينة", "ar", "مدينة مستدامة", "<mark>مدينة</mark> مستدامة"),
    ],
)
def test_marking_in_each_language(query, language, text, marked):
    assert Highlighter(query, language).mark(text) == marked
