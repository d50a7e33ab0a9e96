"""The home page leads to the themes, countries, news and events, and its button to the page of its own language."""

import pytest

from tests.factories import translate
from tests.page_reading import assert_page_renders


@pytest.mark.parametrize("language", ["fr", "en"])
def test_home_page_renders_with_its_hero_title(client, bilingual_site, language):
    assert_page_renders(client, bilingual_site, "home", language)


def test_home_page_shows_themes_countries_news_and_events(client, bilingual_site):
    html = client.get(bilingual_site["home"].url).content.decode()

    for name in ("theme", "country", "news", "event"):
        assert f'href="{bilingual_site[name].url}"' in html, name


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
