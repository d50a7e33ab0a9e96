"""A translated fact sheet points to the translated themes, countries and programme."""

from tests.factories import CountryPageFactory, FactSheetPageFactory, ProgrammePageFactory, ThemePageFactory, translate


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
