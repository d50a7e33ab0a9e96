"""No title, link or id of a page visitors may not see reaches a public surface, in any language.

The content (tests/core/hidden_pages.py): a draft, a password-protected, a login-restricted page
and an unpublished English translation of every page type, and public fact sheets and events that
link to them (themes, countries, place country, programme, actors, partner country). Every
public page is then read in every language, with the listings' filters, the search and its
facets, the suggestions, the PDFs, the maps (in the pages), the sitemap and the
translation-missing page.
"""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from tests.core.hidden_pages import MARK, WAYS, hidden_ids
from tests.showcase.pdf_support import page_texts, read_pdf, require_pdf_fonts

LANGUAGES = [code for code, _name in settings.LANGUAGES]
FILTERS = ("theme", "country", "programme")


def leaks(text, ids):
    """The hidden mark and the hidden ids that ``text`` offers (as a link, a filter option, a PDF address)."""
    found = [MARK] if MARK in text.lower() else []
    return found + [pk for pk in ids if re.search(rf'(value="|/|=){pk}(["/&]|$)', text)]


def in_language(page, language):
    return page.get_translation_or_none(Locale.objects.get(language_code=language))


def public_pages():
    """Every page a visitor can open, in every language (the test's own reading of "public")."""
    pages = Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True).specific()
    return [page for page in pages if page.url is not None]  # not Wagtail's default page, outside the site


def hidden_option_ids(site):
    return {name: [site["hidden"][way][name].pk for way in WAYS] for name in FILTERS}


def test_no_public_page_shows_a_hidden_page(client, hidden_pages_site):
    ids = hidden_ids(hidden_pages_site)
    read = 0
    for page in public_pages():
        response = client.get(page.url)
        read += 1
        assert response.status_code == 200, page.url
        assert not leaks(response.content.decode(), ids), page.url
    assert read > 6 * len(LANGUAGES)


def test_hidden_pages_are_not_found_at_their_address(client, hidden_pages_site):
    for way in ("draft", "translation"):
        for page in hidden_pages_site["hidden"][way].values():
            assert client.get(page.url or f"/en{page.url_path}").status_code == 404


def test_the_sitemap_lists_no_hidden_page(client, hidden_pages_site):
    xml = client.get("/sitemap.xml").content.decode()

    assert "linking-draft" in xml
    assert not leaks(xml, hidden_ids(hidden_pages_site))


@pytest.mark.parametrize("language", LANGUAGES)
def test_listing_filters_offer_and_accept_no_hidden_option(client, hidden_pages_site, language):
    ids = hidden_ids(hidden_pages_site)
    # The theme and country pages filter with the same code as the index: read in two languages, for time.
    names = ("fact_sheet_index", "theme", "country") if language in ("fr", "en") else ("fact_sheet_index",)
    listings = [in_language(hidden_pages_site[name], language) for name in names]
    for listing in listings:
        for name, values in hidden_option_ids(hidden_pages_site).items():
            for value in values:
                response = client.get(listing.url, {name: value})
                html = response.content.decode()
                assert response.status_code == 200
                assert MARK not in html.lower(), (listing.url, name, value)
                assert f'value="{value}"' not in html, (listing.url, name, value)
                assert "filters_active" not in response.context or not response.context["filters_active"]
    assert not leaks(client.get(listings[0].url).content.decode(), ids)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_finds_nothing_by_a_hidden_title(client, hidden_pages_site, language):
    with translation.override(language):
        search_url, suggest_url = reverse("search:search"), reverse("search:suggest")

    found = client.get(search_url, {"q": MARK})
    suggested = client.get(suggest_url, {"q": MARK})

    assert found.status_code == 200
    assert found.context["outcome"].total == 0
    assert suggested.json()["suggestions"] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_results_facets_and_suggestions_name_no_hidden_page(client, hidden_pages_site, language):
    ids = hidden_ids(hidden_pages_site)
    with translation.override(language):
        search_url, suggest_url = reverse("search:search"), reverse("search:suggest")

    results = client.get(search_url, {"q": "linking"})
    # Every linking page answers in French. In other languages the translated ones always do; the
    # French ones (fallback) only where the query's analysis matches French (not PostgreSQL's
    # English stemmer: "linking" -> "link").
    assert results.context["outcome"].total >= (len(WAYS) * 2 if language == "fr" else 2)
    assert not leaks(results.content.decode(), ids)
    assert not leaks(client.get(suggest_url, {"q": "linking"}).content.decode(), ids)
    for name, values in hidden_option_ids(hidden_pages_site).items():
        for value in values:
            filtered = client.get(search_url, {"q": "linking", name: value}).content.decode()
            assert MARK not in filtered.lower() and f'value="{value}"' not in filtered, (name, value)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_missing_is_not_found_for_a_hidden_page(client, hidden_pages_site, language):
    for pk in sorted(hidden_ids(hidden_pages_site)):
        assert client.get(f"/{language}/translation-missing/{pk}/").status_code == 404, pk


def _pdf_urls(site):
    linking = [page for pages in site["linking"].values() for page in pages.values() if page.specific_class.__name__ == "FactSheetPage"]
    fact_sheets = [pdf_url("showcase:fact_sheet_pdf", page) for page in linking]
    booklets = [pdf_url("showcase:booklet_pdf", in_language(site[name], language)) for name in ("theme", "country") for language in LANGUAGES]
    return fact_sheets + booklets


def pdf_url(name, page):
    with translation.override(page.locale.language_code):
        return reverse(name, args=[page.pk])


def test_the_html_of_every_pdf_names_no_hidden_page(client, hidden_pages_site, monkeypatch):
    monkeypatch.setattr("showcase.pdf.views.is_available", lambda: True)
    monkeypatch.setattr("showcase.pdf.views.pdf_language_available", lambda language: True)
    monkeypatch.setattr("showcase.pdf.tasks.render_pdf", lambda html, base_url: html.encode())
    ids = hidden_ids(hidden_pages_site)
    for url in _pdf_urls(hidden_pages_site):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not leaks(response.content.decode(), ids), url


def test_the_text_of_the_booklets_names_no_hidden_page(client, hidden_pages_site):
    require_pdf_fonts()
    for language in ("fr", "en"):
        url = pdf_url("showcase:booklet_pdf", in_language(hidden_pages_site["theme"], language))
        text = " ".join(page_texts(read_pdf(client.get(url))))
        assert "Linking fact sheet" in text
        assert MARK not in text.lower(), language
