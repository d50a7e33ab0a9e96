"""The footer links the mandatory pages (accessibility, legal notice, personal data, site map) in the visitor's language."""

import re

import pytest

from tests.factories import StandardPageFactory, choose_footer_pages, translate

MANDATORY = {
    "accessibilite": ("accessibility_page", "Déclaration d'accessibilité"),
    "mentions-legales": ("legal_notice_page", "Mentions légales"),
    "donnees-personnelles": ("personal_data_page", "Données personnelles"),
    "plan-du-site": ("site_map_page", "Plan du site"),
}


def footer(html):
    return re.search(r'<footer class="fr-footer".*?</footer>', html, re.S).group(0)


@pytest.fixture
def mandatory_pages(site_tree):
    pages = {slug: StandardPageFactory(parent=site_tree["home"], slug=slug, title=title) for slug, (_role, title) in MANDATORY.items()}
    choose_footer_pages({role: pages[slug] for slug, (role, _title) in MANDATORY.items()})
    return pages


@pytest.mark.django_db
def test_footer_links_the_four_mandatory_pages(client, site_tree, mandatory_pages):
    html = footer(client.get(site_tree["home"].url).content.decode())
    for page in mandatory_pages.values():
        assert f'href="{page.url}"' in html


@pytest.mark.django_db
def test_footer_links_follow_the_language(client, site_tree, mandatory_pages):
    english_home = translate(site_tree["home"], "en")
    english_legal = translate(mandatory_pages["mentions-legales"], "en")
    html = footer(client.get(english_home.url).content.decode())
    assert f'href="{english_legal.url}"' in html
    assert english_legal.url.startswith("/en/")
    assert f'href="{mandatory_pages["mentions-legales"].url}"' not in html


@pytest.mark.django_db
def test_site_map_page_lists_the_page_tree(client, site_tree, mandatory_pages):
    html = client.get(mandatory_pages["plan-du-site"].url).content.decode()
    tree = re.search(r'<ul class="site-map">.*', html, re.S).group(0)
    for name in ("theme_index", "fact_sheet_index", "country_index", "news_index", "event_index"):
        assert f'href="{site_tree[name].url}"' in tree
    assert f'href="{mandatory_pages["mentions-legales"].url}"' in tree
