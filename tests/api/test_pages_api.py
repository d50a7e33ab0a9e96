"""The read API lists live public pages with the fact sheets' structured fields, filtered as the site's listings are."""

import pytest
from django.conf import settings

from tests.factories import FactSheetPageFactory, translate
from tests.factories.editing import translated_page

FACT_SHEETS = "/api/v2/pages/?type=showcase.FactSheetPage"


def titles(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return sorted(item["title"] for item in response.json()["items"])


def test_portuguese_fact_sheets_of_a_theme(client, bilingual_site):
    translate(bilingual_site["fact_sheet"], "pt")
    portuguese_theme = translated_page(bilingual_site["theme"], "pt")
    other = FactSheetPageFactory(parent=bilingual_site["fact_sheet_index"], title="Autre fiche", themes=[bilingual_site["other_theme"]])
    translate(other, "pt")
    url = f"{FACT_SHEETS}&locale=pt&theme={portuguese_theme.pk}"
    assert titles(client, url) == ["Tramway solaire"]
    # Any translation's id names the same theme.
    assert titles(client, f"{FACT_SHEETS}&locale=pt&theme={bilingual_site['theme'].pk}") == ["Tramway solaire"]


def test_filters_by_country_programme_and_year(client, bilingual_site):
    FactSheetPageFactory(parent=bilingual_site["fact_sheet_index"], title="Ailleurs", year_start=1999, themes=[bilingual_site["theme"]])
    site = bilingual_site
    assert titles(client, f"{FACT_SHEETS}&locale=fr&country={site['country'].pk}") == ["Tramway solaire"]
    assert titles(client, f"{FACT_SHEETS}&locale=fr&programme={site['programme'].pk}") == ["Tramway solaire"]
    assert titles(client, f"{FACT_SHEETS}&locale=fr&year=1999") == ["Ailleurs"]
    # Without a type, the filter applies to every page type filed under the facet (events have countries too).
    assert titles(client, f"/api/v2/pages/?locale=fr&country={site['country'].pk}") == ["Salon des villes", "Tramway solaire"]
    year = site["event"].start_date.year
    assert "Salon des villes" in titles(client, f"/api/v2/pages/?type=news.EventPage&year={year}")


@pytest.mark.parametrize("value", ["abc", "-1", "²", ""])
def test_a_bad_filter_value_is_a_clear_400(client, bilingual_site, value):
    response = client.get(f"{FACT_SHEETS}&theme={value}")
    assert response.status_code == 400
    assert "theme must be a positive whole number" in response.json()["message"]


def test_fact_sheet_detail_gives_structured_fields_not_stream_json(client, bilingual_site):
    fact_sheet = bilingual_site["fact_sheet"]
    data = client.get(f"/api/v2/pages/{fact_sheet.pk}/").json()
    assert data["meta"]["type"] == "showcase.FactSheetPage" and data["meta"]["locale"] == "fr"
    assert (data["city"], data["region"], data["period"]) == ("Bordeaux", "Nouvelle-Aquitaine", fact_sheet.period)
    assert data["place_country"] == {"id": bilingual_site["country"].pk, "title": "Brésil", "type": "countries.CountryPage"}
    assert data["programme"]["title"] == "Démonstrateurs industriels"
    assert [theme["title"] for theme in data["themes"]] == ["Mobilité"]
    assert [country["id"] for country in data["countries"]] == [bilingual_site["country"].pk]
    assert [(actor["title"], actor["role"]) for actor in data["actors"]][0] == ("Métropole de Lyon", "Maître d'ouvrage")
    assert data["key_figures"][0] == {"value": "12.50", "unit": "km", "label": "de ligne"}
    assert "body" not in data and "contact_email" not in data


def test_listing_asks_for_fields(client, bilingual_site):
    data = client.get(f"{FACT_SHEETS}&locale=en&fields=city,themes,coordinates").json()
    (item,) = data["items"]
    assert item["city"] == "Bordeaux" and item["themes"][0]["id"] == bilingual_site["en"]["theme"].pk


def test_api_answers_json_to_browsers_too(client, bilingual_site):
    response = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"


def test_cors_lets_any_site_read_but_not_write(client, bilingual_site):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/api/v2/pages/", HTTP_ORIGIN="https://example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert client.post("/api/v2/pages/", HTTP_ORIGIN="https://example.org").status_code == 405
    page = client.get(bilingual_site["home"].url, HTTP_ORIGIN="https://example.org")
    assert "Access-Control-Allow-Origin" not in page  # only the API is shared


@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_images_and_documents_endpoints_answer(client, bilingual_site, endpoint):
    assert client.get(f"/api/v2/{endpoint}/").status_code == 200


def test_every_language_can_be_asked(client, multilingual_site):
    for code, _name in settings.LANGUAGES:
        assert titles(client, f"/api/v2/pages/?type=themes.ThemePage&locale={code}") == ["Énergie"], code
