"""The footer links the mandatory pages (accessibility, legal notice, personal data, site map) in the visitor's language."""

import re

import pytest

from tests.factories import translate


def footer(html):
    return re.search(r'<footer class="fr-footer".*?</footer>', html, re.S).group(0)


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
