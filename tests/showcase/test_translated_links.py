"""A translated fact sheet links to the themes, countries and programme of its own language, and they link back."""

from django.utils import translation

from tests.factories import (
    CountryPageFactory,
    FactSheetPageFactory,
    ProgrammePageFactory,
    ThemePageFactory,
    translate,
)
from tests.page_reading import heading


def test_translated_fact_sheet_links_to_translated_theme_and_country(client, multilingual_site):
    html = client.get("/en/realisations/reseau-de-chaleur/").content.decode()

    assert 'href="/en/thematiques/energie/"' in html
    assert 'href="/en/pays/maroc/"' in html
    assert 'href="/fr/thematiques/energie/"' not in html


def test_theme_and_country_pages_list_the_fact_sheets_of_their_own_language(client, multilingual_site):
    translate(multilingual_site["fact_sheet"], "ar")

    arabic_theme = client.get("/ar/thematiques/energie/").content.decode()
    spanish_theme = client.get("/es/thematiques/energie/").content.decode()

    assert 'href="/ar/realisations/reseau-de-chaleur/">' in arabic_theme
    # Not published in Spanish: listed in English, the first fallback, and marked as such.
    assert 'href="/es/realisations/reseau-de-chaleur/"' not in spanish_theme
    assert 'href="/en/realisations/reseau-de-chaleur/" hreflang="en"' in spanish_theme
    with translation.override("es"):
        assert translation.gettext("No fact sheet matches these filters.") not in spanish_theme


def test_english_translations_render_with_english_links(client, bilingual_site):
    english_fact_sheet = bilingual_site["en"]["fact_sheet"]
    english_theme = bilingual_site["theme"].get_translation(english_fact_sheet.locale)
    response = client.get(english_fact_sheet.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert english_fact_sheet.url.startswith("/en/")
    assert '<html lang="en"' in html
    assert heading(html) == english_fact_sheet.title
    assert f'href="{english_theme.url}"' in html
    assert f'href="{bilingual_site["theme"].url}"' not in html
    assert "12,500.5" in html

    theme_response = client.get(english_theme.url)
    assert theme_response.status_code == 200
    assert f'href="{english_fact_sheet.url}"' in theme_response.content.decode()


def test_translated_fact_sheet_links_to_translated_pages(site_tree):
    for page in site_tree.values():
        translate(page, "en")
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")
    programme = ProgrammePageFactory(parent=site_tree["theme_index"], title="DIVD")
    country = CountryPageFactory(parent=site_tree["country_index"], title="Brésil", iso_code="BR")
    fact_sheet = FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"],
        themes=[theme],
        countries=[country],
        place_country=country,
        programme=programme,
        key_figures=[("12.5", "km", "de ligne")],
    )

    for linked_page in (theme, programme, country):
        translate(linked_page, "en")

    english = translate(fact_sheet, "en")

    assert english.locale.language_code == "en"
    assert english.live
    [english_theme] = english.themes()
    assert english_theme.locale.language_code == "en"
    assert english_theme.translation_key == theme.translation_key
    assert english.country_links.get().country.locale.language_code == "en"
    assert english.place_country.locale.language_code == "en"
    assert english.programme.locale.language_code == "en"
    assert english.key_figures.get().value == fact_sheet.key_figures.get().value
    assert str(english.latitude) == str(fact_sheet.latitude)
