"""load_demo translates the whole demo with wagtail-localize into the five other languages."""

import pytest
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from core.models import StandardPage
from core.slugs import translated_slug
from countries.models import CountryIndexPage, CountryPage
from home.models import HomePage
from news.models import EventPage, NewsIndexPage, NewsPage
from showcase.models import (
    FactSheetIndexPage,
    FactSheetPage,
    OrganisationIndexPage,
    OrganisationPage,
)
from themes.models import ProgrammePage, ThemeIndexPage, ThemePage

from .helpers import OTHER_LANGUAGES, french, in_language

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language_code", ("en", *OTHER_LANGUAGES))
def test_every_page_of_the_demo_exists_in_every_language(demo_run, language_code):
    for model in (HomePage, ThemeIndexPage, ThemePage, ProgrammePage, CountryIndexPage, CountryPage,
                  FactSheetIndexPage, FactSheetPage, OrganisationIndexPage, OrganisationPage, NewsIndexPage, NewsPage,
                  EventPage, StandardPage):
        french_keys = set(french(model).live().values_list("translation_key", flat=True))
        assert french_keys, model
        assert set(in_language(model, language_code).live().values_list("translation_key", flat=True)) == french_keys, model


@pytest.mark.parametrize("language_code", OTHER_LANGUAGES)
def test_home_pages_feature_fact_sheets_of_their_language(demo_run, language_code):
    home = in_language(HomePage, language_code).get()
    fact_sheets = in_language(FactSheetPage, language_code)
    featured_keys = {link.fact_sheet.translation_key for link in home.featured_fact_sheets.select_related("fact_sheet")}
    assert featured_keys <= set(fact_sheets.values_list("translation_key", flat=True))
    with translation.override(language_code):
        assert len(home.featured()) == len(featured_keys)


@pytest.mark.parametrize("language_code", ("en", *OTHER_LANGUAGES))
def test_home_pages_get_their_own_slug_and_keep_their_address(demo_run, language_code):
    home = in_language(HomePage, language_code).get()
    assert home.slug == f"accueil-{language_code}"
    assert home.get_url() == f"/{language_code}/"


@pytest.mark.parametrize(
    ("language_code", "country_slug"), [("es", "chili"), ("pt", "bresil"), ("ar", "maroc"), ("zh-hans", "chine")]
)
def test_delegations_find_a_fact_sheet_about_their_country_in_their_language(demo_run, language_code, country_slug):
    country = french(CountryPage).get(slug=country_slug).get_translation(Locale.objects.get(language_code=language_code))
    assert country.fact_sheets().filter(locale=country.locale).exists()


@pytest.mark.parametrize("language_code", ("en", *OTHER_LANGUAGES))
def test_translations_are_translated_text_made_with_wagtail_localize(demo_run, language_code):
    locale = Locale.objects.get(language_code=language_code)
    for model in (ThemePage, CountryPage, FactSheetPage):
        for page in in_language(model, language_code):
            source = page.get_translation(Locale.objects.get(language_code="fr")).specific
            assert page.summary != source.summary, page.summary
            assert page.slug == translated_slug(page.title, source.slug, language_code)  # ar, zh-hans: the French one
            assert Translation.objects.filter(
                source=TranslationSource.objects.get_for_instance(source), target_locale=locale
            ).exists()
    for fact_sheet in in_language(FactSheetPage, language_code):
        assert fact_sheet.is_example
        assert {theme.locale_id for theme in fact_sheet.themes()} == {locale.pk}
        assert {link.country.locale_id for link in fact_sheet.country_links.all()} <= {locale.pk}
        assert {actor.organisation.locale_id for actor in fact_sheet.actors.all()} == {locale.pk}


@pytest.mark.parametrize("language_code", ("fr", "en", "ar"))
def test_every_fact_sheet_shows_the_example_notice(demo_run, client, language_code):
    with translation.override(language_code):
        notice = translation.gettext(
            "Example: this fact sheet illustrates the kind of achievement the network presents; "
            "it is not an official description of a real project."
        )
    for fact_sheet in in_language(FactSheetPage, language_code):
        response = client.get(fact_sheet.get_url())
        assert response.status_code == 200
        html = response.content.decode()
        assert notice in html.replace("&#x27;", "'").replace("&quot;", '"')
        assert fact_sheet.title in html.replace("&#x27;", "'")
