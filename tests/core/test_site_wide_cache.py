"""The header and footer are kept in the shared cache, and the next request after an editor's change shows it:
a page put in or taken out of the menus, a page made private, a footer page or a social network chosen."""

import re

import pytest
from wagtail.models import PageViewRestriction, Site

from core.models import SiteChrome
from tests.factories import StandardPageFactory
from tests.factories.editing import choose_footer_pages

pytestmark = pytest.mark.django_db


def menu_links(client, page):
    html = client.get(page.url).content.decode()
    nav = re.search(r'<nav class="fr-nav".*?</nav>', html, re.DOTALL).group(0)
    return re.findall(r'<a class="fr-nav__link" href="([^"]+)"', nav)


def footer_html(client, page):
    html = client.get(page.url).content.decode()
    return re.search(r'<footer class="fr-footer".*?</footer>', html, re.DOTALL).group(0)


def test_a_page_shown_in_menus_appears_then_leaves_with_its_unpublishing(client, site_tree):
    about = StandardPageFactory(parent=site_tree["home"], title="À propos", slug="a-propos")
    assert about.url not in menu_links(client, site_tree["home"])  # the header is now cached

    about.show_in_menus = True
    about.save_revision().publish()
    assert about.url in menu_links(client, site_tree["home"])

    about.unpublish()
    assert about.url not in menu_links(client, site_tree["news_index"])


def test_a_menu_page_made_private_leaves_the_menu(client, site_tree):
    about = StandardPageFactory(parent=site_tree["home"], title="À propos", slug="a-propos", show_in_menus=True)
    assert about.url in menu_links(client, site_tree["home"])

    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    assert about.url not in menu_links(client, site_tree["home"])


def test_a_footer_page_and_a_social_network_chosen_show_at_once(client, site_tree):
    legal = StandardPageFactory(parent=site_tree["home"], title="Mentions légales", slug="mentions-legales")
    assert legal.url not in footer_html(client, site_tree["home"])

    choose_footer_pages({"legal_notice_page": legal})
    assert legal.url in footer_html(client, site_tree["home"])

    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chrome.social_links.create(network="Mastodon", url="https://social.example.org/@vivapolis")
    chrome.save()
    assert "https://social.example.org/@vivapolis" in footer_html(client, site_tree["home"])


def test_a_renamed_menu_page_shows_its_new_title(client, site_tree):
    about = StandardPageFactory(parent=site_tree["home"], title="À propos", slug="a-propos", show_in_menus=True)
    assert "À propos" in client.get(site_tree["home"].url).content.decode()

    about.title = "Qui sommes-nous"
    about.save_revision().publish()

    assert "Qui sommes-nous" in client.get(site_tree["home"].url).content.decode()
