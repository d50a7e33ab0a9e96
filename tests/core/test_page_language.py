"""Every page carries its language in ``lang`` and ``dir``, and its interface in that language."""

import pytest
from django.conf import settings
from django.utils import translation

from tests.factories import translate
from tests.page_reading import parse_page

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


def test_each_page_type_renders_with_the_language_lang_dir_and_interface(client, fully_translated_site):
    # One site for every language (building it is the slow part); every problem is reported at once.
    problems = []
    for code in LANGUAGES:
        for name, url in PAGES.items():
            response = client.get(url.format(code=code))
            if response.status_code != 200:
                problems.append(f"{code} {name}: status {response.status_code}")
                continue
            html_attrs = parse_page(response).html_attrs
            expected_dir = "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
            if (html_attrs.get("lang"), html_attrs.get("dir")) != (code, expected_dir):
                problems.append(f"{code} {name}: lang={html_attrs.get('lang')} dir={html_attrs.get('dir')}")
            html = response.content.decode().replace("&#x27;", "'")
            with translation.override(code):
                for text in UI_STRINGS:
                    translated = translation.gettext(text)
                    if code != "en" and translated == text:
                        problems.append(f"{code}: {text!r} is not translated in the catalog")
                    elif translated not in html:
                        problems.append(f"{code} {name}: {translated!r} not shown")
    assert not problems, "\n".join(problems)


def test_content_shows_in_the_page_language_even_when_the_visitor_prefers_another(client, multilingual_site):
    response = client.get("/es/thematiques/energie/", HTTP_ACCEPT_LANGUAGE="ar")

    assert parse_page(response).html_attrs["lang"] == "es"
