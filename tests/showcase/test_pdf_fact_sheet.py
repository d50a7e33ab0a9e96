"""One fact sheet as a PDF, in the visitor's language."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests import factories
from tests.showcase.pdf_support import (
    assert_drawn_in_the_language_fonts,
    page_texts,
    pdf_language,
    read_pdf,
    require_pdf_fonts,
    require_weasyprint,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _weasyprint():
    require_weasyprint()


def pdf_url(page, language):
    with translation.override(language):
        return reverse("showcase:fact_sheet_pdf", args=[page.pk])


@pytest.fixture
def fact_sheet(site_tree):
    theme = factories.ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")
    return factories.FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"],
        title="Tramway à batteries de Lyon",
        summary="Un tramway sans caténaire sur le centre historique.",
        themes=[theme],
        key_figures=[(12, "km", "de ligne"), (45000, "", "voyageurs par jour")],
    )


def test_french_fact_sheet_is_a_one_page_pdf_with_its_content(client, fact_sheet):
    response = client.get(pdf_url(fact_sheet, "fr"))

    reader = read_pdf(response)
    assert len(reader.pages) == 1
    text = page_texts(reader)[0]
    assert "Tramway à batteries de Lyon" in text
    assert "Un tramway sans caténaire" in text
    assert "Mobilité" in text
    assert "de ligne" in text and "voyageurs par jour" in text
    assert pdf_language(reader) == "fr"
    assert reader.metadata.title.startswith("Tramway à batteries de Lyon")
    assert response["Content-Disposition"] == 'attachment; filename="tramway-a-batteries-de-lyon-fr.pdf"'


def test_pdf_is_tagged_for_screen_readers(client, fact_sheet):
    reader = read_pdf(client.get(pdf_url(fact_sheet, "fr")))

    catalog = reader.trailer["/Root"]
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog


def test_long_fact_sheet_flows_onto_numbered_pages(client, site_tree):
    paragraphs = [("paragraph", "<p>" + "Une phrase de démonstration assez longue. " * 40 + "</p>")] * 12
    long_sheet = factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Longue fiche", body=paragraphs)

    reader = read_pdf(client.get(pdf_url(long_sheet, "fr")))

    count = len(reader.pages)
    assert count >= 3
    assert f"{count} / {count}" in page_texts(reader)[-1]


def test_english_visitor_gets_the_english_translation(client, fact_sheet):
    english = factories.translate(fact_sheet, "en", publish=False)
    english.title = "Battery tramway in Lyon"
    english.summary = "A tramway without overhead wires in the historic centre."
    english.save_revision().publish()

    response = client.get(pdf_url(english, "en"))

    reader = read_pdf(response)
    text = "\n".join(page_texts(reader))
    assert pdf_language(reader) == "en"
    assert "Battery tramway in Lyon" in text
    assert "without overhead wires" in text
    assert "Tramway à batteries" not in text
    assert "Key figures" in text


def test_address_of_the_french_sheet_under_english_leads_to_its_translation(client, fact_sheet):
    english = factories.translate(fact_sheet, "en")

    response = client.get(pdf_url(fact_sheet, "en"))

    assert response.status_code == 302
    assert response["Location"] == pdf_url(english, "en")


def test_sheet_without_translation_is_served_in_its_own_language(client, locales, fact_sheet):
    reader = read_pdf(client.get(pdf_url(fact_sheet, "en")))

    assert pdf_language(reader) == "fr"


def test_arabic_fact_sheet_renders_right_to_left(client, fact_sheet):
    require_pdf_fonts()
    arabic = factories.translate(fact_sheet, "ar", publish=False)
    arabic.title = "ترامواي يعمل بالبطاريات في ليون"
    arabic.summary = "ترامواي بدون أسلاك علوية في المركز التاريخي."
    arabic.save_revision().publish()

    response = client.get(pdf_url(arabic, "ar"))

    reader = read_pdf(response)
    assert len(reader.pages) == 1
    assert pdf_language(reader) == "ar"
    assert reader.metadata.title.startswith("ترامواي يعمل بالبطاريات في ليون")
    assert "ليون" in page_texts(reader)[0]
    assert_drawn_in_the_language_fonts(reader, "ar")


def test_chinese_fact_sheet_embeds_the_simplified_chinese_font(client, fact_sheet):
    require_pdf_fonts()
    chinese = factories.translate(fact_sheet, "zh-hans", publish=False)
    chinese.title = "里昂电池有轨电车"
    chinese.save_revision().publish()

    reader = read_pdf(client.get(pdf_url(chinese, "zh-hans")))

    assert pdf_language(reader) == "zh-hans"
    assert "里昂电池有轨电车" in page_texts(reader)[0]
    assert_drawn_in_the_language_fonts(reader, "zh-hans")  # the SC face, not the Japanese one fontconfig would pick


def test_listing_image_is_embedded(client, fact_sheet):
    from wagtail_factories import ImageFactory

    fact_sheet.listing_image = ImageFactory()
    fact_sheet.listing_image_alt = "Le tramway en station"
    fact_sheet.save_revision().publish()

    reader = read_pdf(client.get(pdf_url(fact_sheet, "fr")))

    assert len(reader.pages[0].images) == 1


def test_unknown_id_is_not_found(client, fact_sheet):
    response = client.get(reverse("showcase:fact_sheet_pdf", args=[fact_sheet.pk + 1000]))

    assert response.status_code == 404


def test_number_too_large_for_the_database_is_not_found(client, fact_sheet):
    response = client.get(reverse("showcase:fact_sheet_pdf", args=[10**30]))

    assert response.status_code == 404


def test_private_fact_sheet_is_not_found(client, fact_sheet):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=fact_sheet, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    assert client.get(pdf_url(fact_sheet, "fr")).status_code == 404


def test_draft_fact_sheet_is_not_found(client, site_tree):
    draft = factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Brouillon", live=False)

    response = client.get(pdf_url(draft, "fr"))

    assert response.status_code == 404


def test_another_page_type_is_not_found(client, site_tree):
    response = client.get(pdf_url(site_tree["home"], "fr"))

    assert response.status_code == 404
