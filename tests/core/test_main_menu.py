"""The main menu is made of the pages editors show in menus, with their own sub-pages, in each language."""

import re

import pytest

from tests.factories import StandardPageFactory, ThemePageFactory, translate

pytestmark = pytest.mark.django_db


def menu_links(client, page):
    html = client.get(page.url).content.decode()
    nav = re.search(r'<nav class="fr-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a class="fr-nav__link" href="([^"]+)"', nav)


def show_in_menus(*pages):
    for page in pages:
        page.show_in_menus = True
        page.save_revision().publish()


def test_only_the_pages_shown_in_menus_are_listed(client, site_tree):
    about = StandardPageFactory(parent=site_tree["home"], title="À propos", slug="a-propos")
    show_in_menus(site_tree["fact_sheet_index"], site_tree["news_index"])

    links = menu_links(client, site_tree["home"])

    assert site_tree["fact_sheet_index"].url in links
    assert site_tree["news_index"].url in links
    assert about.url not in links
    assert site_tree["country_index"].url not in links


def test_a_section_with_sub_pages_in_menus_opens_a_sub_menu(client, site_tree):
    energy = ThemePageFactory(parent=site_tree["theme_index"], title="Énergie", slug="energie")
    mobility = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité", slug="mobilite")
    show_in_menus(site_tree["theme_index"], energy)

    html = client.get(site_tree["home"].url).content.decode()

    assert f'aria-controls="menu-{site_tree["theme_index"].pk}">Thématiques</button>' in html
    assert energy.url in menu_links(client, site_tree["home"])
    assert mobility.url not in menu_links(client, site_tree["home"])


def test_the_menu_of_a_language_lists_that_languages_pages(client, site_tree):
    show_in_menus(site_tree["fact_sheet_index"])
    english_home = translate(site_tree["home"], "en")
    english_index = translate(site_tree["fact_sheet_index"], "en")

    links = menu_links(client, english_home)

    assert english_index.url in links
    assert site_tree["fact_sheet_index"].url not in links
