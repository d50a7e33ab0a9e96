"""Pieces of pages kept rendered in the site-wide cache (``{% shared_fragment %}``): the next request after an
editor's change shows it, what belongs to one page or one filter is never shown on another, and an editor's
draft never reaches visitors."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.factories import CountryPageFactory, FactSheetPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def card_titles(html):
    return re.findall(r'<h\d class="fr-card__title"><a [^>]*>([^<]+)</a>', html)


def current_menu_item(html):
    return re.findall(r'<a class="fr-nav__link" href="([^"]+)" aria-current="page"', html)


def test_an_edit_published_on_a_fact_sheet_shows_on_the_next_request(client, site_tree):
    fact_sheet = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], city="Lyon", key_figures=[("12", "km", "de ligne")])
    assert "Lyon" in html_of(client, fact_sheet.url)

    fact_sheet.city = "Nantes"
    fact_sheet.save_revision().publish()

    html = html_of(client, fact_sheet.url)
    assert "Nantes" in html and "Lyon" not in html and "de ligne" in html


def test_a_document_renamed_in_the_library_shows_at_once_on_its_fact_sheet(client, site_tree):
    document = get_document_model()(title="Bilan 2023")
    document.file.save("bilan.pdf", ContentFile(b"%PDF-1.4 bilan"), save=True)
    fact_sheet = FactSheetPageFactory(parent=site_tree["fact_sheet_index"])
    fact_sheet.documents.create(document=document, locale=fact_sheet.locale, sort_order=0)
    fact_sheet.save_revision().publish()
    assert "Bilan 2023" in html_of(client, fact_sheet.url)

    document.title = "Bilan 2024"
    document.save()

    assert "Bilan 2024" in html_of(client, fact_sheet.url)


def test_an_editors_draft_is_shown_to_the_editor_only(client, admin_client, site_tree):
    fact_sheet = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], city="Lyon")
    assert "Lyon" in html_of(client, fact_sheet.url)

    fact_sheet.city = "Brouillon-sur-Mer"
    fact_sheet.save_revision()  # not published
    assert "Brouillon-sur-Mer" in html_of(admin_client, f"/admin/pages/{fact_sheet.pk}/view_draft/")

    html = html_of(client, fact_sheet.url)
    assert "Lyon" in html and "Brouillon-sur-Mer" not in html


def test_each_page_marks_itself_in_the_menu(client, site_tree):
    home, news_index = site_tree["home"], site_tree["news_index"]
    assert current_menu_item(html_of(client, home.url)) == [home.url]
    assert home.url not in current_menu_item(html_of(client, news_index.url))
    assert current_menu_item(html_of(client, home.url)) == [home.url]


def test_a_filtered_listing_shows_its_own_cards_not_the_shared_ones(client, site_tree):
    theme = ThemePageFactory(parent=site_tree["theme_index"])
    morocco = CountryPageFactory(parent=site_tree["country_index"], title="Maroc")
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Tramway de Rabat", themes=[theme], countries=[morocco])
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Écoquartier de Lyon", themes=[theme])
    assert sorted(card_titles(html_of(client, theme.url))) == ["Tramway de Rabat", "Écoquartier de Lyon"]

    assert card_titles(html_of(client, f"{theme.url}?country={morocco.pk}")) == ["Tramway de Rabat"]
    assert sorted(card_titles(html_of(client, theme.url))) == ["Tramway de Rabat", "Écoquartier de Lyon"]


def test_a_theme_published_joins_the_related_themes_of_the_others(client, site_tree):
    water = ThemePageFactory(parent=site_tree["theme_index"], title="Eau")
    assert "Énergie" not in html_of(client, water.url)

    ThemePageFactory(parent=site_tree["theme_index"], title="Énergie")

    assert "Énergie" in html_of(client, water.url)
