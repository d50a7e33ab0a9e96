"""The booklet ("jeu de fiches") of a theme or a country: cover, contents with page numbers, one sheet per section."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests import factories
from tests.showcase.pdf_support import (
    page_texts,
    pdf_language,
    read_pdf,
    require_weasyprint,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _weasyprint():
    require_weasyprint()


def booklet_url(page, language="fr"):
    with translation.override(language):
        return reverse("showcase:booklet_pdf", args=[page.pk])


@pytest.fixture
def theme(site_tree):
    return factories.ThemePageFactory(parent=site_tree["theme_index"], title="Économie circulaire", summary="Réemployer et recycler.")


def contents_entries(text):
    """(title, page number) for each line of the table of contents."""
    return [(title.strip(), int(number)) for title, number in re.findall(r"^(.+?)\s*\(.*?\)\s*\.*\s*(\d+)$", text, re.M)]


def test_theme_booklet_has_a_cover_contents_and_one_section_per_sheet(client, site_tree, theme):
    titles = ["Recyclerie de Nantes", "Béton recyclé à Bordeaux", "Réemploi des matériaux à Lille"]
    for title in titles:
        factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title=title, themes=[theme])
    factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Hors thème")

    reader = read_pdf(client.get(booklet_url(theme)))

    texts = page_texts(reader)
    assert len(reader.pages) == 2 + len(titles)
    assert "Économie circulaire" in texts[0]
    assert "3" in texts[0]  # the number of fact sheets on the cover
    entries = dict(contents_entries(texts[1]))
    assert set(entries) == set(titles)
    for title, number in entries.items():
        assert title in texts[number - 1]
    assert "Hors thème" not in "\n".join(texts)
    assert pdf_language(reader) == "fr"


def test_booklet_leaves_drafts_out(client, site_tree, theme):
    factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Publiée", themes=[theme])
    factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Brouillon", themes=[theme], live=False)

    reader = read_pdf(client.get(booklet_url(theme)))

    text = "\n".join(page_texts(reader))
    assert len(reader.pages) == 3
    assert "Publiée" in text
    assert "Brouillon" not in text


def test_country_booklet_gathers_sheets_placed_in_or_replicable_in_the_country(client, site_tree, theme):
    morocco = factories.CountryPageFactory(parent=site_tree["country_index"], title="Maroc", iso_code="MA")
    chile = factories.CountryPageFactory(parent=site_tree["country_index"], title="Chili", iso_code="CL")
    index = site_tree["fact_sheet_index"]
    factories.FactSheetPageFactory(parent=index, title="Quartier durable de Rabat", place_country=morocco, themes=[theme])
    factories.FactSheetPageFactory(parent=index, title="Réseau de chaleur exportable", countries=[morocco, chile], themes=[theme])
    factories.FactSheetPageFactory(parent=index, title="Tramway de Santiago", place_country=chile, themes=[theme])

    reader = read_pdf(client.get(booklet_url(morocco)))

    texts = page_texts(reader)
    assert "Maroc" in texts[0]
    assert {title for title, _ in contents_entries(texts[1])} == {"Quartier durable de Rabat", "Réseau de chaleur exportable"}
    assert "Tramway de Santiago" not in "\n".join(texts)


def test_empty_theme_gives_a_cover_and_a_contents_page_saying_so(client, theme):
    reader = read_pdf(client.get(booklet_url(theme)))

    assert len(reader.pages) == 2
    assert "No fact sheet" in page_texts(reader)[1] or "Aucune" in page_texts(reader)[1]


def test_english_booklet_lists_the_english_sheets(client, site_tree, theme):
    sheet = factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Recyclerie de Nantes", themes=[theme])
    english_sheet = factories.translate(sheet, "en", publish=False)  # translates its theme too
    english_sheet.title = "Nantes reuse centre"
    english_sheet.summary = "Second-hand goods collected, repaired and sold again."
    english_sheet.save_revision().publish()
    english_theme = theme.get_translation(english_sheet.locale).specific
    english_theme.title = "Circular economy"
    english_theme.save_revision().publish()

    response = client.get(booklet_url(english_theme, "en"))

    reader = read_pdf(response)
    texts = page_texts(reader)
    assert pdf_language(reader) == "en"
    assert "Circular economy" in texts[0]
    assert [title for title, _ in contents_entries(texts[1])] == ["Nantes reuse centre"]
    assert "Recyclerie de Nantes" not in "\n".join(texts)


def test_french_theme_address_under_arabic_leads_to_the_arabic_booklet(client, theme):
    arabic_theme = factories.translate(theme, "ar")

    response = client.get(booklet_url(theme, "ar"))

    assert response.status_code == 302
    assert response["Location"] == booklet_url(arabic_theme, "ar")


def test_unknown_id_is_not_found(client, theme):
    assert client.get(reverse("showcase:booklet_pdf", args=[theme.pk + 1000])).status_code == 404


def test_number_too_large_for_the_database_is_not_found(client, theme):
    assert client.get(reverse("showcase:booklet_pdf", args=[10**30])).status_code == 404


def test_draft_theme_is_not_found(client, site_tree):
    draft = factories.ThemePageFactory(parent=site_tree["theme_index"], title="Thème en préparation", live=False)

    assert client.get(booklet_url(draft)).status_code == 404


def test_fact_sheet_id_is_not_a_booklet(client, site_tree):
    sheet = factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"])

    assert client.get(booklet_url(sheet)).status_code == 404
