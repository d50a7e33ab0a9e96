"""Relevance in French and English on every backend: accents, stemming, title and summary weigh more than body."""


from tests.factories import FactSheetPageFactory, add_english

from .reading import result_titles


def test_unaccented_query_finds_accented_title(search_env, corpus):
    response = search_env.get({"q": "economie circulaire"})

    assert response.status_code == 200
    assert "Économie circulaire des chantiers" in result_titles(response)
    assert "Réseau de chaleur de Grenoble" not in result_titles(response)


def test_french_plural_finds_singular(search_env, corpus):
    response = search_env.get({"q": "énergies renouvelables"})

    assert result_titles(response)[0] == "Réseau de chaleur de Grenoble"


def test_title_match_ranks_above_summary_only_match(search_env, corpus):
    response = search_env.get({"q": "tramway"})

    titles = result_titles(response)
    assert titles[0] == "Tramway sans caténaire à Bordeaux"
    assert "Bus à hydrogène de Pau" in titles


def test_summary_match_ranks_above_body_only_match(search_env, corpus, site_tree):
    FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"],
        title="Plateforme logistique",
        summary="Un entrepôt partagé en périphérie.",
        body=[("paragraph", "<p>Les livraisons finales se font en téléphérique urbain.</p>")],
    )
    corpus.bus.summary = "Un téléphérique urbain relie les deux rives."
    corpus.bus.save_revision().publish()

    assert result_titles(search_env.get({"q": "téléphérique"})) == ["Bus à hydrogène de Pau", "Plateforme logistique"]


def test_results_show_type_themes_country_and_snippet(search_env, corpus):
    response = search_env.get({"q": "tramway"})

    html = response.content.decode()
    first = html.index("sans caténaire à Bordeaux")  # "Tramway" is marked
    assert "Fiche" in html or "fact sheet" in html.lower()
    assert "Mobilité" in html[first:]
    assert "Une ligne alimentée par le sol" in html[first:]


def test_search_finds_each_page_once_in_the_visitors_language_or_its_fallback(search_env, corpus):
    add_english(corpus)  # the tram sheet is translated into English, the hydrogen bus is not

    french = search_env.get({"q": "tramway"}, language="fr")
    english = search_env.get({"q": "tramway"}, language="en")

    assert "Catenary-free tramway in Bordeaux" not in result_titles(french)
    assert result_titles(english) == ["Catenary-free tramway in Bordeaux", "Bus à hydrogène de Pau"]
    assert 'hreflang="fr"' in english.content.decode()  # the French result says it is in French


def test_english_stemming_on_english_pages(search_env, corpus):
    add_english(corpus)

    response = search_env.get({"q": "reusing water"}, language="en")

    assert result_titles(response) == ["Grenoble district heating"]
