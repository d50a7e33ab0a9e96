"""With the Content-Security-Policy on, the home page, a fact sheet's map and video, and search suggestions work
in a real browser, and the browser reports no violation."""

from decimal import Decimal

import pytest

from tests.factories import FactSheetPageFactory, build_bilingual_site
from tests.factories.sites import ensure_migration_data

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site(settings):
    settings.VIVAPOLIS_MAP_TILES_URL = "/static/tiles/{z}/{x}/{y}.png"  # the browser tests refuse outside requests
    ensure_migration_data()  # a transactional test before this one flushed the tables
    return build_bilingual_site()


def violations_of(page):
    """Every CSP violation the page reports, from its start."""
    page.add_init_script(
        "window.cspViolations = [];"
        "document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    messages = []
    page.on("console", lambda message: messages.append(message.text) if "Content Security Policy" in message.text else None)
    return messages


def test_the_home_page_runs_under_the_policy(page, site):
    console = violations_of(page)
    response = page.goto("/fr/")

    assert "default-src 'none'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.cspViolations") == []
    assert console == []


def test_search_suggestions_run_under_the_policy(page, site):
    console = violations_of(page)
    page.goto("/fr/recherche/")
    page.fill("#search-input", "Tramway")
    page.wait_for_selector("text=Tramway solaire")

    assert page.evaluate("window.cspViolations") == []
    assert console == []


def test_a_fact_sheet_with_a_map_and_a_video_runs_under_the_policy(page, site):
    fact_sheet = FactSheetPageFactory(
        parent=site["fact_sheet_index"], title="Écoquartier filmé", latitude=Decimal("45.76"), longitude=Decimal("4.83"),
        video_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    )
    fact_sheet.save_revision().publish()
    console = violations_of(page)
    page.goto(fact_sheet.url)
    page.wait_for_load_state("networkidle")
    page.locator("[data-map]").scroll_into_view_if_needed()
    page.wait_for_selector(".leaflet-marker-icon")  # Leaflet loaded, its stylesheet and markers drawn
    page.locator("[data-video-play]").click()

    assert page.locator("iframe[src^='https://www.youtube-nocookie.com/embed/']").count() == 1
    assert page.evaluate("window.cspViolations") == []
    assert console == []
