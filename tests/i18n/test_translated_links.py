"""A translated fact sheet links to the themes and countries of its own language."""

from django.utils import translation

from tests.factories import translate


def test_translated_fact_sheet_links_to_translated_theme_and_country(client, multilingual_site):
    html = client.get("/en/realisations/reseau-de-chaleur/").content.decode()

    assert 'href="/en/thematiques/energie/"' in html
    assert 'href="/en/pays/maroc/"' in html
    assert 'href="/fr/thematiques/energie/"' not in html


def test_theme_and_country_pages_list_the_fact_sheets_of_their_own_language(client, multilingual_site):
    translate(multilingual_site["fact_sheet"], "ar")

    arabic_theme = client.get("/ar/thematiques/energie/").content.decode()
    spanish_theme = client.get("/es/thematiques/energie/").content.decode()

    assert 'href="/ar/realisations/reseau-de-chaleur/"' in arabic_theme
    assert "/realisations/reseau-de-chaleur/" not in spanish_theme  # not published in Spanish
    with translation.override("es"):
        assert translation.gettext("No fact sheet matches these filters.") in spanish_theme
