"""The old URLs of translated pages lead to their new ones with a 301, query string kept.

A translation whose slugs were translated (``/en/themes/energy/``) still answers at the French-slug
URL it had before (``/en/thematiques/energie/``), for every page type, and at the URL it had before
its slug changed after publication (Wagtail's redirects); never to a draft or a private page.
"""

import pytest
from django.test import RequestFactory
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, PageViewRestriction

from core.middleware import translation_url_from_source_path
from tests.core.renamed_translations import (
    RENAMED_LANGUAGES,
    every_page_type,
    french_slug_url,
    project_page_types,
    rename,
    rename_translations,
    renamed_energy_theme,
)
from tests.factories import translate


@pytest.fixture
def renamed_site(multilingual_site):
    """``(French pages by name, {language: {name: renamed translation}})``: every page type, in en, es and pt."""
    pages = every_page_type(multilingual_site)
    return pages, rename_translations(pages)


@pytest.fixture
def renamed_theme(multilingual_site):
    return renamed_energy_theme(multilingual_site)


def redirect_of(client, url):
    response = client.get(url)
    return response.status_code, response.get("Location")


def test_every_page_type_answers_its_old_french_slug_url_with_a_301_to_its_new_one(client, renamed_site):
    pages, renamed = renamed_site
    assert {type(page.specific) for page in pages.values()} == project_page_types()
    assert not Redirect.objects.exists()  # the fallback alone, as on a fresh demo

    answers = {
        (code, name): redirect_of(client, french_slug_url(page, code) + "?page=2&q=%C3%A9t%C3%A9")
        for code in RENAMED_LANGUAGES
        for name, page in pages.items()
    }

    assert answers == {
        (code, name): (301, renamed[code][name].url + "?page=2&q=%C3%A9t%C3%A9") for code, name in answers
    }
    assert {client.get(location).status_code for _status, location in answers.values()} == {200}
    assert renamed["pt"]["fact_sheet"].url == "/pt/realizacoes-inovadoras/rede-de-aquecimento/"
    assert renamed["es"]["news"].url == "/es/noticias/visita-de-una-delegacion/"


def test_an_old_url_without_its_trailing_slash_is_redirected_in_one_step(client, renamed_theme):
    assert redirect_of(client, "/en/thematiques/energie") == (301, "/en/themes/energy/")


def test_french_urls_home_pages_and_unknown_paths_are_left_alone(client, renamed_theme):
    assert client.get("/fr/thematiques/energie/").status_code == 200
    assert client.get("/en/").status_code == 200
    for path in ("/en/thematiques/inconnue/", "/fr/themes/energy/", "/en/accueil/", "/en//thematiques/energie/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Location" not in response, path


def test_translations_that_keep_the_french_slugs_are_served_without_redirect(client, renamed_theme):
    assert client.get("/ar/thematiques/energie/").status_code == 200
    assert client.get("/pt/thematiques/energie/").status_code == 200


def test_no_redirect_to_a_draft_translation(client, multilingual_site, renamed_theme):
    _pages, renamed = renamed_theme
    renamed["es"]["theme"].unpublish()
    translate(multilingual_site["fact_sheet"], "es", publish=False)

    for path in ("/es/thematiques/energie/", "/es/tematicas/energia/", "/es/realisations/reseau-de-chaleur/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Location" not in response, path


def test_no_redirect_to_a_private_translation(client, renamed_theme):
    _pages, renamed = renamed_theme
    PageViewRestriction.objects.create(page=renamed["en"]["theme_index"], restriction_type=PageViewRestriction.LOGIN)

    assert client.get("/en/thematiques/").status_code == 404
    assert client.get("/en/thematiques/energie/").status_code == 404  # below a private page
    assert client.get("/es/thematiques/energie/").status_code == 301


def test_a_translation_at_its_french_slug_url_is_never_redirected_to_itself(multilingual_site):
    request = RequestFactory(headers={"host": "localhost"}).get("/es/thematiques/energie/")

    assert translation_url_from_source_path(request) is None


def test_a_slug_changed_after_publication_leaves_a_redirect_that_keeps_the_query_string(
    client, renamed_theme, django_capture_on_commit_callbacks
):
    pages, renamed = renamed_theme
    with django_capture_on_commit_callbacks(execute=True):
        rename(pages["theme"], "Energy transition", Locale.objects.get(language_code="en"))

    assert Redirect.objects.filter(old_path="/en/themes/energy", redirect_page=renamed["en"]["theme"]).exists()
    assert redirect_of(client, "/en/themes/energy/?page=2") == (301, "/en/themes/energy-transition/?page=2")
    assert redirect_of(client, "/en/thematiques/energie/") == (301, "/en/themes/energy-transition/")


def test_a_redirect_made_by_an_editor_comes_before_the_french_slug_reading(client, renamed_theme):
    Redirect.add_redirect("/en/thematiques/energie", redirect_to="/en/themes/", is_permanent=False)

    assert redirect_of(client, "/en/thematiques/energie/?page=2") == (302, "/en/themes/?page=2")


def test_a_foreign_host_in_the_path_is_not_followed(client, renamed_theme):
    for path in ("/en//evil.example/", "//evil.example/en/thematiques/energie/", "/en/%2F%2Fevil.example/"):
        response = client.get(path)
        assert not response.get("Location", "").lstrip("/").startswith("evil"), path
