"""Paper: a fact sheet links a print stylesheet that lays it out on A4 without the site's chrome."""

import re

import pytest
from django.contrib.staticfiles import finders

from tests.factories import FactSheetPageFactory, ThemePageFactory


@pytest.fixture
def fact_sheet_html(client, site_tree):
    theme = ThemePageFactory(parent=site_tree["theme_index"])
    fact_sheet = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], themes=[theme])
    return client.get(fact_sheet.url).content.decode()


def print_stylesheet():
    with open(finders.find("css/print.css"), encoding="utf-8") as handle:
        return handle.read()


@pytest.mark.django_db
def test_print_stylesheet_is_linked_for_print_only(fact_sheet_html):
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)"( media="print")?>', fact_sheet_html)
    print_links = [href for href, media in links if media]
    assert print_links == ["/static/css/print.css"]
    assert finders.find("css/print.css")


@pytest.mark.django_db
def test_fact_sheet_has_a_print_action_hidden_on_paper(fact_sheet_html):
    actions = re.search(r'<ul class="[^"]*fact-sheet__actions[^"]*">(.*?)</ul>', fact_sheet_html, re.S)
    assert actions and "data-print" in actions.group(1)
    assert ".fact-sheet__actions" in print_stylesheet()


def test_print_stylesheet_sets_a4_shows_link_urls_and_hides_navigation():
    css = print_stylesheet()
    assert re.search(r"@page\s*{[^}]*size:\s*A4", css)
    assert re.search(r'a\[href\^="http"\]::after\s*{[^}]*attr\(href\)', css)
    hidden_rule = re.search(r"([^{}]+){\s*display:\s*none !important;", css).group(1)
    for chrome in (".fr-header__menu", ".fr-footer", ".fr-breadcrumb", ".fr-skiplinks"):
        assert chrome in hidden_rule
    assert "break-inside: avoid" in css
