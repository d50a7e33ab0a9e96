"""Without WeasyPrint's system libraries the site still runs and hides the PDF actions."""

import sys

import pytest
from django.test import RequestFactory
from django.urls import reverse

from showcase import pdf
from showcase.pdf import languages
from showcase.pdf.context_processors import pdf_available
from tests import factories


@pytest.fixture
def weasyprint_missing(monkeypatch):
    """Make ``import weasyprint`` fail, as it does when Pango is not installed."""
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    pdf.weasyprint_error.cache_clear()
    yield
    pdf.weasyprint_error.cache_clear()


def test_templates_are_told_pdfs_are_unavailable(weasyprint_missing):
    assert pdf_available(RequestFactory().get("/fr/")) == {"pdf_available": False}


@pytest.mark.django_db
def test_pdf_address_answers_503_with_a_reason(client, site_tree, weasyprint_missing):
    sheet = factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"])

    response = client.get(reverse("showcase:fact_sheet_pdf", args=[sheet.pk]))

    assert response.status_code == 503
    assert "PDF" in response.content.decode()


def test_templates_are_told_pdfs_are_available_when_weasyprint_loads():
    pdf.weasyprint_error.cache_clear()
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        expected = False
    else:
        expected = True
    assert pdf_available(RequestFactory().get("/fr/")) == {"pdf_available": expected}


@pytest.mark.django_db
def test_fact_sheet_page_hides_the_pdf_action_when_pdfs_are_unavailable(client, site_tree, monkeypatch):
    theme = factories.ThemePageFactory(parent=site_tree["theme_index"])
    sheet = factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], themes=[theme])
    pdf_address = reverse("showcase:fact_sheet_pdf", args=[sheet.pk])
    booklet_address = reverse("showcase:booklet_pdf", args=[theme.pk])

    monkeypatch.setattr(pdf, "weasyprint_error", lambda: "")
    monkeypatch.setattr(languages, "undrawable_characters", lambda language_code: frozenset())  # fonts draw French
    assert pdf_address in client.get(sheet.url).content.decode()
    assert booklet_address in client.get(theme.url).content.decode()

    monkeypatch.setattr(pdf, "weasyprint_error", lambda: "cannot load library 'libpango-1.0-0'")
    assert pdf_address not in client.get(sheet.url).content.decode()
    assert booklet_address not in client.get(theme.url).content.decode()
