"""A page not translated into the visitor's language still appears in listings and search, in its best
other version (English, then French, unless settings say otherwise), marked with its language; the
sitemap and hreflang list only real translations."""

import re

import pytest
from wagtail.models import Locale

from core.fallback import fallback_languages
from tests.factories import translate
from tests.page_reading import alternates

pytestmark = pytest.mark.django_db


def html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def in_language(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def test_the_fallback_order_is_the_language_then_english_then_french(settings):
    assert fallback_languages("pt") == ["pt", "en", "fr"]
    assert fallback_languages("en") == ["en", "fr"]
    assert fallback_languages("fr") == ["fr", "en"]

    settings.VIVAPOLIS_LANGUAGE_FALLBACKS = {"pt": ["es"]}

    assert fallback_languages("pt") == ["pt", "es", "en", "fr"]


def test_a_listing_shows_a_page_not_translated_yet_in_its_english_version_marked_as_such(client, multilingual_site):
    english_sheet = in_language(multilingual_site["fact_sheet"], "en")  # the sheet exists in French and English only

    page = html(client, in_language(multilingual_site["fact_sheet_index"], "es"))

    assert f'<a href="{english_sheet.url}" hreflang="en">{english_sheet.title}</a>' in page
    assert re.search(r'<div class="fr-card fr-enlarge-link" lang="en">', page)
    assert 'lang="es"><span class="fr-sr-only">' in page and "Inglés</p>" in page  # the badge, in Spanish
    assert multilingual_site["fact_sheet"].url not in page  # never the French version as well


def test_the_order_can_prefer_spanish_for_portuguese_visitors(client, settings, multilingual_site):
    spanish_sheet = translate(multilingual_site["fact_sheet"], "es")
    settings.VIVAPOLIS_LANGUAGE_FALLBACKS = {"pt": ["es"]}

    page = html(client, in_language(multilingual_site["fact_sheet_index"], "pt"))

    assert f'<a href="{spanish_sheet.url}" hreflang="es">' in page
    assert in_language(multilingual_site["fact_sheet"], "en").url not in page


def test_a_theme_lists_the_fact_sheets_filed_under_its_other_versions(client, multilingual_site):
    english_sheet = in_language(multilingual_site["fact_sheet"], "en")

    page = html(client, in_language(multilingual_site["theme"], "ar"))

    assert f'href="{english_sheet.url}" hreflang="en"' in page


def test_a_translation_replaces_the_fallback_as_soon_as_it_is_published(client, multilingual_site):
    arabic_sheet = translate(multilingual_site["fact_sheet"], "ar")

    page = html(client, in_language(multilingual_site["fact_sheet_index"], "ar"))

    assert f'<a href="{arabic_sheet.url}">' in page
    assert in_language(multilingual_site["fact_sheet"], "en").url not in page


def test_hreflang_alternates_list_only_real_translations(client, multilingual_site):
    response = client.get(in_language(multilingual_site["fact_sheet"], "en").url)

    assert set(alternates(response)) == {"fr", "en", "x-default"}


def test_search_finds_the_fallback_and_says_its_language(client, multilingual_site):
    english_sheet = in_language(multilingual_site["fact_sheet"], "en")
    search_url = "/zh-hans/search/"

    page = client.get(search_url, {"q": english_sheet.title}).content.decode()

    unmarked = page.replace("<mark>", "").replace("</mark>", "")  # the matched words are highlighted
    assert f'<a href="{english_sheet.url}" hreflang="en">{english_sheet.title}</a>' in unmarked
