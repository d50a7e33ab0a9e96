"""Every page type renders in French and English with its title as <h1> and the content a visitor expects."""

import html as html_lib
import re

import pytest

from tests.factories import (
    CountryPageFactory,
    EventPageFactory,
    FactSheetPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    ProgrammePageFactory,
    StandardPageFactory,
    ThemePageFactory,
    translate,
)


def h1(html):
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip() if match else None


@pytest.fixture
def content(site_tree):
    from showcase.models import FactSheetActor

    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité", summary="Se déplacer autrement.")
    other_theme = ThemePageFactory(parent=site_tree["theme_index"], title="Énergie")
    programme = ProgrammePageFactory(parent=site_tree["theme_index"], title="Démonstrateurs", acronym="DIVD")
    country = CountryPageFactory(parent=site_tree["country_index"], title="Brésil", iso_code="BR", summary="Un partenaire.")
    fact_sheet = FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"],
        title="Tramway solaire",
        city="Lyon",
        region="Auvergne-Rhône-Alpes",
        place_country=country,
        programme=programme,
        is_example=True,
        themes=[theme],
        countries=[country],
        key_figures=[("12500.50", "t", "CO2 évité par an")],
    )
    FactSheetActor.objects.create(
        page=fact_sheet, organisation=OrganisationFactory(name="Métropole de Lyon"), role="Maître d'ouvrage",
        locale=fact_sheet.locale,
    )
    fact_sheet.save_revision().publish()
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Quartier bas carbone", themes=[theme, other_theme])
    news = NewsPageFactory(parent=site_tree["news_index"], title="Visite d'une délégation")
    event = EventPageFactory(
        parent=site_tree["event_index"], title="Salon des villes", country=country, city="São Paulo", venue="Expo Center"
    )
    standard = StandardPageFactory(parent=site_tree["home"], title="Mentions légales", slug="mentions-legales")
    return dict(site_tree, theme=theme, programme=programme, country=country, fact_sheet=fact_sheet,
                news=news, event=event, standard=standard)


PAGE_EXPECTATIONS = {
    "home": [],
    "theme_index": ["Mobilité", "Énergie", "Démonstrateurs"],
    "theme": ["Se déplacer autrement.", "Tramway solaire", "Quartier bas carbone", 'name="country"', "Énergie"],
    "programme": ["Tramway solaire"],
    "fact_sheet_index": ["Tramway solaire", "Quartier bas carbone", 'name="theme"'],
    "fact_sheet": ["Lyon", "Auvergne-Rhône-Alpes", "Brésil", "Démonstrateurs", "Mobilité", "Métropole de Lyon", "CO2 évité par an"],
    "country_index": ["Brésil", "Europe"],
    "country": ["Un partenaire.", "Mobilité", "Tramway solaire", "Salon des villes"],
    "news_index": ["Visite d&#x27;une délégation"],
    "news": [],
    "event_index": ["Salon des villes"],
    "event": ["São Paulo", "Expo Center", "Brésil"],
    "standard": [],
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(PAGE_EXPECTATIONS))
def test_page_renders_in_french_with_title_and_content(client, content, name):
    page = content[name].specific
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert h1(html) == (page.hero_title if name == "home" else page.title)
    assert html.count("<h1") == 1
    for text in PAGE_EXPECTATIONS[name]:
        assert text in html, f"{text!r} missing from the {name} page"


@pytest.mark.django_db
def test_fact_sheet_shows_example_notice_and_locale_formatted_figure(client, content):
    html = client.get(content["fact_sheet"].url).content.decode()
    assert "Example" in html or "Exemple" in html
    # French groups thousands with a (narrow) non-breaking space and uses a decimal comma.
    assert re.search(r"12\s?.?500,5", html)
    assert f'href="{content["country"].url}"' in html
    assert f'href="{content["programme"].url}"' in html


@pytest.mark.django_db
def test_english_translations_render_with_english_links(client, content):
    for parent in ("home", "theme_index", "theme", "country_index", "country", "fact_sheet_index"):
        translate(content[parent], "en")
    english_fact_sheet = translate(content["fact_sheet"], "en")
    english_theme = content["theme"].get_translation(english_fact_sheet.locale)
    response = client.get(english_fact_sheet.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert english_fact_sheet.url.startswith("/en/")
    assert '<html lang="en"' in html
    assert h1(html) == english_fact_sheet.title
    assert f'href="{english_theme.url}"' in html
    assert f'href="{content["theme"].url}"' not in html
    assert "12,500.5" in html

    theme_response = client.get(english_theme.url)
    assert theme_response.status_code == 200
    assert f'href="{english_fact_sheet.url}"' in theme_response.content.decode()


@pytest.mark.django_db
def test_theme_filter_by_country_keeps_only_matching_fact_sheets(client, content):
    html = client.get(content["theme"].url, {"country": content["country"].pk}).content.decode()
    assert "Tramway solaire" in html
    assert "Quartier bas carbone" not in html.split('id="fact-sheets"')[1].split('class="places-map')[0]


@pytest.mark.django_db
def test_bad_filter_and_page_values_do_not_fail(client, content):
    response = client.get(content["theme"].url, {"country": "abc", "page": "999"})
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("name, expected", [("home", "Des réalisations innovantes"), ("fact_sheet", "Résumé de Tramway solaire"), ("event_index", "")])
def test_every_page_has_a_meta_description(client, content, name, expected):
    html = client.get(content[name].url).content.decode()
    description = re.search(r'<meta name="description" content="([^"]*)">', html).group(1)
    assert description.strip()
    assert expected in html_lib.unescape(description)
