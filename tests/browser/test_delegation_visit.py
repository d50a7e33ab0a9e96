"""A delegation's visit, end to end, as a person would click through it."""

import io
import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.factories import build_delegation_site, translated_page
from tests.factories.delegation_site import TRANSLATED_TITLES

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def open_language_menu_and_choose(page, language):
    option = page.locator(f"header a[hreflang='{language}'], header a[lang='{language}']").first
    button = page.locator("header .fr-translate__btn, header [aria-controls='translate-menu']").first
    # The DSFR script opens the menu; a click that lands before it has started does nothing, as for
    # a visitor who clicks while the page is still loading, who then clicks again.
    page.wait_for_selector("html[data-fr-js='true']")
    for _attempt in range(3):
        if option.is_visible():
            break
        button.click()
        try:
            option.wait_for(state="visible", timeout=3000)
        except PlaywrightTimeoutError:
            continue
    option.click()


def test_delegation_visit(page):
    from pypdf import PdfReader

    content = build_delegation_site(languages=["en", "es"])
    english, spanish = TRANSLATED_TITLES["en"], TRANSLATED_TITLES["es"]

    # The English home page.
    page.goto("/en/")
    assert page.locator("html").get_attribute("lang") == "en"

    # Choose a theme.
    page.locator("main").get_by_role("link", name=english["theme"]).first.click()
    assert page.locator("h1").inner_text().strip() == english["theme"]
    cards = page.locator("main").get_by_role("link", name=re.compile("Lyon|hydrog|chaleur|heating", re.I))
    assert cards.count() >= 3

    # Filter its fact sheets by a country.
    page.locator("main select[name='country']").select_option(label=english["country"])
    page.locator("main form:has(select[name='country'])").locator("[type='submit']").first.click()
    page.wait_for_url(re.compile(r"country=\d+"))
    listing = page.locator("#fact-sheets").inner_text()
    assert english["tram"] in listing
    assert "hydrogène" not in listing and english["heat"] not in listing

    # Open a fact sheet.
    page.locator("#fact-sheets").get_by_role("link", name=english["tram"]).first.click()
    assert page.locator("h1").inner_text().strip() == english["tram"]

    # Switch to Spanish.
    open_language_menu_and_choose(page, "es")
    page.wait_for_url(re.compile(r"/es/"))
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text().strip() == spanish["tram"]

    # Download its PDF.
    pdf_link = page.locator("a[href*='/pdf/fact-sheet/']").first
    with page.expect_download() as download_info:
        pdf_link.click()
    download = download_info.value
    assert download.suggested_filename.endswith("-es.pdf")
    reader = PdfReader(io.BytesIO(open(download.path(), "rb").read()))
    assert str(reader.trailer["/Root"]["/Lang"]) == "es"
    assert spanish["tram"] in reader.pages[0].extract_text()

    # Search for a term and open a result.
    search_box = page.locator("input[name='q']").first
    if not search_box.is_visible():
        page.locator("header button[aria-controls='header-search']").first.click()
    search_box.fill("hydrogène")
    search_box.press("Enter")
    page.wait_for_url(re.compile(r"q=hydrog"))
    spanish_bus = translated_page(content["bus"], "es")
    result = page.locator("main").get_by_role("link", name=spanish_bus.title).first
    result.click()
    page.wait_for_url(re.compile(re.escape(spanish_bus.url) + "$"))
    assert page.locator("h1").inner_text().strip() == spanish_bus.title
    assert not page.outside_requests or all("tile" in url for url in page.outside_requests), page.outside_requests
