"""The members directory lists the network's live, public members under a heading per family; never the others."""

import re
from html import unescape

import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from showcase.models import OrganisationPage
from tests.factories import OrganisationPageFactory, translate
from tests.page_reading import assert_page_renders

Family = OrganisationPage.Family


def sections(html):
    """``{family heading: [member names]}`` as the directory shows them, in page order."""
    found = {}
    for heading, body in re.findall(r"<h2[^>]*>(.*?)</h2>(.*?)</section>", html, re.S):
        names = re.findall(r'<h3 class="fr-card__title"><a [^>]*>(.*?)</a>', body, re.S)
        found[unescape(heading.strip())] = [unescape(name.strip()) for name in names]
    return found


@pytest.fixture
def members(bilingual_site):
    """Members in three families, besides the bilingual site's own (a local authority and a non-member)."""
    index = bilingual_site["organisation_index"]
    return {
        "business_france": OrganisationPageFactory(parent=index, title="Business France", family=Family.STATE),
        "ministry": OrganisationPageFactory(parent=index, title="Ministère de la Transition écologique", family=Family.STATE),
        "medef": OrganisationPageFactory(parent=index, title="Medef International", family=Family.COMPANIES),
    }


def test_directory_lists_members_by_family_in_the_families_order(client, bilingual_site, members):
    html = client.get(bilingual_site["organisation_index"].url).content.decode()

    with translation.override("fr"):
        labels = {code: str(label) for code, label in Family.choices}
    assert sections(html) == {
        labels["state"]: ["Business France", "Ministère de la Transition écologique"],
        labels["local_authorities"]: ["Métropole de Lyon"],
        labels["companies"]: ["Medef International"],
    }
    assert f'href="{members["medef"].url}"' in html
    assert "GL" in html  # the acronym on the card


def test_directory_sorts_accented_names_with_their_letter(client, bilingual_site, members):
    index = bilingual_site["organisation_index"]
    OrganisationPageFactory(parent=index, title="Établissement public d'aménagement", family=Family.STATE)
    OrganisationPageFactory(parent=index, title="Ville de Zurich (exemple)", family=Family.STATE)

    state = sections(client.get(index.url).content.decode())[str(Family.STATE.label)]

    assert state == [
        "Business France", "Établissement public d'aménagement", "Ministère de la Transition écologique",
        "Ville de Zurich (exemple)",
    ]


def test_directory_leaves_out_organisations_that_are_not_members(client, bilingual_site, members):
    html = client.get(bilingual_site["organisation_index"].url).content.decode()

    assert "Agence d&#x27;exemple" not in html and bilingual_site["other_organisation"].url not in html


def test_draft_and_private_organisations_are_not_listed(client, bilingual_site, members):
    index = bilingual_site["organisation_index"]
    OrganisationPageFactory(parent=index, title="Membre en préparation", live=False)
    private = OrganisationPageFactory(parent=index, title="Membre confidentiel")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    members["medef"].unpublish()

    html = client.get(index.url).content.decode()

    assert "Membre en préparation" not in html
    assert "Membre confidentiel" not in html
    assert "Medef International" not in html
    assert "Business France" in html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_directory_renders_in_french_and_english(client, bilingual_site, language):
    assert_page_renders(client, bilingual_site, "organisation_index", language, shows=["Métropole de Lyon"])


def test_english_directory_links_to_english_members_and_marks_those_not_translated_yet(client, bilingual_site, members):
    translate(members["business_france"], "en")

    html = client.get(bilingual_site["en"]["organisation_index"].url).content.decode()

    english_member = members["business_france"].get_translation(bilingual_site["en"]["home"].locale)
    assert f'href="{english_member.url}"' in html
    assert f'href="{bilingual_site["en"]["organisation"].url}"' in html
    # Not translated yet: listed in French, marked with its language.
    assert f'href="{members["medef"].url}" hreflang="fr"' in html
