"""Every page type answers in French and in English with its own content, headings and links."""

import re

import pytest


def heading(html):
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return re.sub(r"<[^>]+>|\s+", " ", match.group(1)).strip() if match else None


PAGE_NAMES = [
    "home", "theme_index", "theme", "programme", "fact_sheet_index", "fact_sheet",
    "country_index", "country", "news_index", "news", "event_index", "event", "standard",
]


@pytest.mark.parametrize("page_name", PAGE_NAMES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_page_renders_in_each_language(client, content, page_name, language):
    page = content[page_name] if language == "fr" else content["en"][page_name]

    response = client.get(page.url)

    assert response.status_code == 200
    assert page.url.startswith(f"/{language}/")
    html = response.content.decode()
    assert f'lang="{language}"' in html
    expected_heading = page.hero_title if page_name == "home" else page.title
    assert heading(html) == expected_heading


def test_fact_sheet_shows_its_place_figures_actors_and_links(client, content):
    fact_sheet = content["fact_sheet"]

    html = client.get(fact_sheet.url).content.decode()

    assert "Une ligne de tramway alimentée par le sol." in html
    assert "Bordeaux" in html
    assert "de ligne" in html and "km" in html
    assert "Agence d&#x27;exemple" in html or "Agence d'exemple" in html
    assert "Maître d&#x27;ouvrage" in html or "Maître d'ouvrage" in html
    assert f'href="{content["theme"].url}"' in html
    assert f'href="{content["country"].url}"' in html
    assert f'href="{content["programme"].url}"' in html


@pytest.mark.parametrize("page_name", ["theme", "country", "programme", "fact_sheet_index"])
def test_listing_pages_link_to_their_fact_sheets(client, content, page_name):
    html = client.get(content[page_name].url).content.decode()

    assert f'href="{content["fact_sheet"].url}"' in html


def test_country_page_groups_fact_sheets_by_theme_and_lists_events(client, content):
    html = client.get(content["country"].url).content.decode()

    assert content["theme"].title in html
    assert content["event"].title in html


def test_home_page_shows_themes_countries_news_and_events(client, content):
    html = client.get(content["home"].url).content.decode()

    for name in ("theme", "country", "news", "event"):
        assert f'href="{content[name].url}"' in html, name


def test_unknown_page_is_a_404_in_the_visitors_language(client, content):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert 'lang="en"' in response.content.decode()
