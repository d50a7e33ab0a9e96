"""A draft or unpublished fact sheet never reaches anonymous visitors."""

import pytest

from tests.factories import FactSheetPageFactory


@pytest.fixture
def draft_fact_sheet(bilingual_site):
    draft = FactSheetPageFactory(
        parent=bilingual_site["fact_sheet_index"],
        title="Projet confidentiel en préparation",
        slug="projet-confidentiel",
        themes=[bilingual_site["theme"]],
        countries=[bilingual_site["country"]],
        live=False,
    )
    return draft


@pytest.fixture
def unpublished_fact_sheet(bilingual_site):
    page = FactSheetPageFactory(
        parent=bilingual_site["fact_sheet_index"],
        title="Réalisation retirée du site",
        slug="realisation-retiree",
        themes=[bilingual_site["theme"]],
        countries=[bilingual_site["country"]],
    )
    page.unpublish()
    return page


@pytest.mark.parametrize("page_name", ["theme", "country", "fact_sheet_index", "home", "programme"])
def test_hidden_fact_sheets_are_not_listed(client, bilingual_site, draft_fact_sheet, unpublished_fact_sheet, page_name):
    response = client.get(bilingual_site[page_name].url)

    assert response.status_code == 200
    html = response.content.decode()
    assert draft_fact_sheet.title not in html
    assert unpublished_fact_sheet.title not in html


def test_the_published_fact_sheet_is_listed_next_to_them(client, bilingual_site, draft_fact_sheet):
    html = client.get(bilingual_site["theme"].url).content.decode()

    assert bilingual_site["fact_sheet"].title in html


def test_hidden_fact_sheets_are_not_in_the_sitemap(client, bilingual_site, draft_fact_sheet, unpublished_fact_sheet):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    xml = response.content.decode()
    assert bilingual_site["fact_sheet"].slug in xml
    assert draft_fact_sheet.slug not in xml
    assert unpublished_fact_sheet.slug not in xml


def test_a_draft_fact_sheet_url_is_not_found(client, draft_fact_sheet):
    response = client.get("/fr/realisations/projet-confidentiel/")

    assert response.status_code == 404
