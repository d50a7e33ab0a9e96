"""The demo's members directory is published in six languages, and each language's search finds Business France."""

from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

from showcase.models import OrganisationIndexPage, OrganisationPage

from .helpers import OTHER_LANGUAGES, in_language

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "en", *OTHER_LANGUAGES)
DEMO_HOST = "127.0.0.1:8000"  # load_demo's default DEMO_SITE_HOSTNAME and DEMO_SITE_PORT


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_members_directory_lists_the_members_of_its_language_by_family(demo_run, client, language_code):
    directory = in_language(OrganisationIndexPage, language_code).get()
    response = client.get(directory.get_url(), HTTP_HOST=DEMO_HOST)

    assert response.status_code == 200
    html = unescape(response.content.decode())
    organisations = in_language(OrganisationPage, language_code)
    members = organisations.filter(is_member=True)
    assert members.count() >= 12
    for member in members:
        assert f'href="{member.get_url()}"' in html, member.title
    for other in organisations.filter(is_member=False):
        assert f'href="{other.get_url()}"' not in html, other.title
    with translation.override(language_code):
        for label in {member.get_family_display() for member in members}:
            assert f">{label}</h2>" in html


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_business_france_is_found_by_the_site_search(demo_run, client, language_code):
    with translation.override(language_code):
        url = reverse("search:search")
    response = client.get(url, {"q": "Business France"}, HTTP_HOST=DEMO_HOST)

    assert response.status_code == 200
    found = [result.page for result in response.context["outcome"].results if result.page.title == "Business France"]
    assert [page.locale.language_code for page in found] == [language_code]
    assert f'href="{found[0].get_url()}"' in response.content.decode()


@pytest.mark.parametrize("language_code", LANGUAGES)
def test_a_fictional_actor_has_its_page_listing_its_fact_sheets(demo_run, client, language_code):
    french = OrganisationPage.objects.get(locale__language_code="fr", slug="atelier-horizon-ingenierie")
    organisation = french.get_translation(in_language(OrganisationIndexPage, language_code).get().locale)
    response = client.get(organisation.get_url(), HTTP_HOST=DEMO_HOST)

    assert response.status_code == 200
    assert organisation.live and organisation.is_example and not organisation.is_member
    fact_sheets = organisation.fact_sheets()
    assert fact_sheets.exists()
    assert f'href="{fact_sheets[0].get_url()}"' in response.content.decode()
