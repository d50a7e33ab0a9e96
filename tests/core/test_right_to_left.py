"""Arabic pages are laid out right to left, with the mirroring the DSFR lacks; others stay left to right."""

import pytest
from django.contrib.staticfiles import finders

from tests.factories import translate
from tests.page_reading import parse_page


@pytest.mark.django_db
def test_arabic_page_is_right_to_left(client, site_tree):
    arabic_home = translate(site_tree["home"], "ar")
    html = client.get(arabic_home.url).content.decode()
    assert arabic_home.url.startswith("/ar/")
    assert '<html lang="ar" dir="rtl"' in html
    assert 'href="/static/css/site.css"' in html


@pytest.mark.django_db
def test_french_page_is_left_to_right(client, site_tree):
    html = client.get(site_tree["home"].url).content.decode()
    assert '<html lang="fr" dir="ltr"' in html


def test_arabic_pages_are_right_to_left_and_others_left_to_right(client, multilingual_site):
    assert parse_page(client.get("/ar/pays/maroc/")).html_attrs["dir"] == "rtl"
    assert parse_page(client.get("/zh-hans/pays/maroc/")).html_attrs["dir"] == "ltr"


def test_site_stylesheet_mirrors_what_the_dsfr_leaves_left_to_right():
    """The mirroring lives in the one site stylesheet, so Arabic pages load no extra blocking file."""
    with open(finders.find("css/site.css"), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    for selector in ('[dir="rtl"] .fr-breadcrumb', '[dir="rtl"] .fr-pagination__link--prev', '[dir="rtl"] .fr-translate__menu'):
        assert selector in css
