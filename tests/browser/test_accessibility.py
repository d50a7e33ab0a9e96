"""axe-core finds no accessibility violation on the main page types, in French, English and Arabic."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import build_delegation_site, translated_page

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.injects_scripts, pytest.mark.django_db(transaction=True)]

# RGAA 4.1 is WCAG 2.1 AA; axe's best-practice rules come on top.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}


def page_addresses(content, language):
    def url(name):
        page = content[name] if language == "fr" else translated_page(content[name], language)
        return page.url

    with translation.override(language):
        search = reverse("search:search") + "?q=tramway"
    return {
        "home": url("home"),
        "theme": url("mobility"),
        "fact sheet": url("tram"),
        "country": url("morocco"),
        "events (calendar and feed links)": url("event_index"),
        "open data": f"/{language}/open-data/",
        "search results": search,
        "404": f"/{language}/this-page-does-not-exist/",
    }


def axe_violations(page, axe_source):
    page.add_script_tag(content=axe_source)
    results = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    assert len(results["passes"]) > 10, "axe-core checked almost nothing: is the page empty?"
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] if isinstance(node["target"][0], str) else str(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
    ]


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_main_pages_have_no_axe_violation(page, axe_source, language):
    content = build_delegation_site(languages=[] if language == "fr" else [language])
    report = {}
    for name, address in page_addresses(content, language).items():
        response = page.goto(address)
        expected_status = 404 if name == "404" else 200
        if response.status != expected_status:
            report[f"{name} {address}"] = [f"HTTP {response.status}, expected {expected_status}"]
            continue
        violations = axe_violations(page, axe_source)
        if page.locator("html").get_attribute("lang") != language:
            violations.append(f"<html lang> is {page.locator('html').get_attribute('lang')!r}, expected {language!r}")
        if violations:
            report[f"{name} {address}"] = violations
    assert not report, "\n".join(f"{where}:\n  " + "\n  ".join(found) for where, found in report.items())


def test_arabic_pages_are_right_to_left(page):
    content = build_delegation_site(languages=["ar"])
    page.goto(translated_page(content["tram"], "ar").url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"


def test_axe_harness_reports_a_missing_alternative_text(page, axe_source):
    content = build_delegation_site(languages=[])
    page.goto(content["tram"].url)
    page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/static/none.png\">')")

    assert any(found.startswith("image-alt") for found in axe_violations(page, axe_source))
