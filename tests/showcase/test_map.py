"""Maps: places as JSON for Leaflet, a text alternative listing them, and nothing that needs JavaScript."""

import json
import re

import pytest
from django.contrib.staticfiles import finders

from tests.factories import CountryPageFactory, FactSheetPageFactory, ThemePageFactory


def map_data(html, map_id):
    match = re.search(rf'<script id="{map_id}-data" type="application/json">(.*?)</script>', html, re.S)
    assert match, f"no JSON data for {map_id}"
    return json.loads(match.group(1))


def place_list(html):
    return html.split('class="places-map__list"')[1].split("</details>")[0]


@pytest.fixture
def places(site_tree):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")
    country = CountryPageFactory(parent=site_tree["country_index"], title="Maroc")
    lyon = FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"], title="Tramway de Lyon", city="Lyon",
        latitude="45.764043", longitude="4.835659", themes=[theme], countries=[country],
    )
    rabat = FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"], title="Tramway de Rabat", city="Rabat",
        latitude="34.020882", longitude="-6.841650", themes=[theme], place_country=country,
    )
    nowhere = FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"], title="Étude sans lieu", latitude=None, longitude=None, themes=[theme],
    )
    return dict(site_tree, theme=theme, country=country, lyon=lyon, rabat=rabat, nowhere=nowhere)


@pytest.mark.django_db
def test_fact_sheet_map_has_its_place_and_a_text_alternative(client, places):
    html = client.get(places["lyon"].url).content.decode()
    data = map_data(html, "fact-sheet-map")
    assert data == [{"title": "Tramway de Lyon", "url": places["lyon"].url, "city": "Lyon", "lat": 45.764043, "lng": 4.835659}]
    assert f'<a href="{places["lyon"].url}">Tramway de Lyon</a>' in place_list(html)


@pytest.mark.django_db
def test_theme_map_lists_only_fact_sheets_with_coordinates(client, places):
    html = client.get(places["theme"].url).content.decode()
    titles = {place["title"] for place in map_data(html, "theme-map")}
    assert titles == {"Tramway de Lyon", "Tramway de Rabat"}
    assert "Étude sans lieu" not in place_list(html)
    assert "Tramway de Rabat" in place_list(html)


@pytest.mark.django_db
def test_country_map_shows_fact_sheets_placed_or_replicable_there(client, places):
    html = client.get(places["country"].url).content.decode()
    titles = {place["title"] for place in map_data(html, "country-map")}
    assert titles == {"Tramway de Lyon", "Tramway de Rabat"}


@pytest.mark.django_db
def test_map_of_all_achievements_on_the_fact_sheet_index(client, places):
    html = client.get(places["fact_sheet_index"].url).content.decode()
    assert len(map_data(html, "achievements-map")) == 2


@pytest.mark.django_db
def test_page_without_places_has_no_map(client, places):
    html = client.get(places["nowhere"].url).content.decode()
    assert "places-map" not in html


@pytest.mark.django_db
def test_map_canvas_is_hidden_until_javascript_and_uses_configured_tiles(client, places, settings):
    settings.VIVAPOLIS_MAP_TILES_URL = "https://tiles.example.test/{z}/{x}/{y}.png"
    settings.VIVAPOLIS_MAP_ATTRIBUTION = "Example tiles"
    html = client.get(places["lyon"].url).content.decode()
    canvas = re.search(r'<div class="places-map__canvas"[^>]*>', html).group(0)
    assert " hidden" in canvas
    assert 'data-map-tiles="https://tiles.example.test/{z}/{x}/{y}.png"' in canvas
    assert 'data-map-attribution="Example tiles"' in canvas
    leaflet_js = re.search(r'data-leaflet-js="/static/([^"]+)"', canvas).group(1)
    assert finders.find(leaflet_js), "Leaflet must come from an installed package"
    # Leaflet itself is not loaded with the page, only when a map is shown.
    assert '<script src="/static/leaflet/leaflet.js"' not in html


@pytest.mark.django_db
def test_without_a_tile_server_only_the_list_of_places_is_shown(client, places, settings):
    settings.VIVAPOLIS_MAP_TILES_URL = ""
    html = client.get(places["theme"].url).content.decode()
    assert "places-map__canvas" not in html
    assert "js/map.js" not in html
    assert "Tramway de Lyon" in place_list(html)
