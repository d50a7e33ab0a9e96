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


def test_english_home_hero_button_leads_to_the_english_page(client, site_tree):
    home = site_tree["home"]
    translate(home, "en")
    english_index = translate(site_tree["fact_sheet_index"], "en")
    home.hero_cta_label = "Découvrir les réalisations"
    home.hero_cta_page = site_tree["fact_sheet_index"]
    home.save_revision().publish()

    english_home = translate(home, "en")  # synchronise the translation with the changed source

    assert english_home.hero_cta_page_id == english_index.pk
    assert f'href="{english_index.url}"' in client.get(english_home.url).content.decode()


def test_codes_and_icons_are_synchronised_not_translated(site_tree):
    from wagtail_localize.models import TranslationSource

    country = CountryPageFactory(parent=site_tree["country_index"], iso_code="MA")
    theme = ThemePageFactory(parent=site_tree["theme_index"], icon="leaf-line")

    for page in (country, theme):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        translatable = set(source.stringsegment_set.values_list("context__path", flat=True))
        assert "iso_code" not in translatable and "icon" not in translatable, translatable
