"""Every page carries its language in ``lang`` and ``dir``, and its interface in that language."""

import pytest
from django.conf import settings
from django.utils import translation

from tests.factories import translate

from .helpers import parse_page

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PAGES = {
    "home": "/{code}/",
    "theme": "/{code}/thematiques/energie/",
    "fact sheet": "/{code}/realisations/reseau-de-chaleur/",
    "country": "/{code}/pays/maroc/",
}
# Interface strings every page shows (header and footer), and that each catalog must translate.
UI_STRINGS = ["Skip to content", "Search the site", "Choose a language"]


@pytest.fixture
def fully_translated_site(multilingual_site):
    for code in LANGUAGES:
        if code in ("fr", "en"):  # French is the source; English is published by multilingual_site
            continue
        translate(multilingual_site["fact_sheet"], code)
    return multilingual_site


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_page_type_renders_with_the_language_lang_dir_and_interface(client, fully_translated_site, code):
    for name, url in PAGES.items():
        response = client.get(url.format(code=code))
        assert response.status_code == 200, name

        html_attrs = parse_page(response).html_attrs
        assert html_attrs["lang"] == code, name
        assert html_attrs["dir"] == ("rtl" if code == "ar" else "ltr"), name

        html = response.content.decode()
        with translation.override(code):
            for text in UI_STRINGS:
                translated = translation.gettext(text)
                if code != "en":
                    assert translated != text, f"{text!r} is not translated in the {code} catalog"
                assert translated in html.replace("&#x27;", "'"), (name, text)


def test_arabic_pages_are_right_to_left_and_others_left_to_right(client, fully_translated_site):
    assert parse_page(client.get("/ar/pays/maroc/")).html_attrs["dir"] == "rtl"
    assert parse_page(client.get("/zh-hans/pays/maroc/")).html_attrs["dir"] == "ltr"


def test_content_shows_in_the_page_language_even_when_the_visitor_prefers_another(client, fully_translated_site):
    response = client.get("/es/thematiques/energie/", HTTP_ACCEPT_LANGUAGE="ar")

    assert parse_page(response).html_attrs["lang"] == "es"
