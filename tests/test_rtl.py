"""Arabic pages are laid out right to left and load the mirroring stylesheet; others do not."""

import pytest

from tests.factories import translate


@pytest.mark.django_db
def test_arabic_page_is_right_to_left_with_mirroring_styles(client, site_tree):
    arabic_home = translate(site_tree["home"], "ar")
    html = client.get(arabic_home.url).content.decode()
    assert arabic_home.url.startswith("/ar/")
    assert '<html lang="ar" dir="rtl"' in html
    assert 'href="/static/css/rtl.css"' in html


@pytest.mark.django_db
def test_french_page_is_left_to_right_without_mirroring(client, site_tree):
    html = client.get(site_tree["home"].url).content.decode()
    assert '<html lang="fr" dir="ltr"' in html
    assert "rtl.css" not in html
