"""An organisation page shows its details and its fact sheets; fact sheets link their actors to it, in their language."""

from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from tests.factories import FactSheetPageFactory, OrganisationPageFactory
from tests.page_reading import assert_page_renders


def test_organisation_page_shows_its_details_and_its_fact_sheets(client, bilingual_site):
    html = assert_page_renders(client, bilingual_site, "organisation", "fr", shows=["Une métropole membre du réseau.", "GL"])

    with translation.override("fr"):
        family = str(bilingual_site["organisation"].get_family_display())
    assert family in html
    assert f'href="{bilingual_site["fact_sheet"].url}"' in html
    assert "Quartier bas carbone" not in html  # it does not credit this organisation


def test_organisation_page_lists_only_live_public_fact_sheets(client, bilingual_site):
    organisation, index = bilingual_site["organisation"], bilingual_site["fact_sheet_index"]
    actors = [(organisation, "Exploitant")]
    FactSheetPageFactory(parent=index, title="Projet en préparation", live=False, actors=actors)
    private = FactSheetPageFactory(parent=index, title="Projet confidentiel", actors=actors)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    FactSheetPageFactory(parent=index, title="Navette autonome", actors=actors)

    html = client.get(organisation.url).content.decode()

    assert "Navette autonome" in html and "Tramway solaire" in html
    assert "Projet en préparation" not in html and "Projet confidentiel" not in html


def test_english_organisation_page_lists_the_english_fact_sheet(client, bilingual_site):
    html = assert_page_renders(client, bilingual_site, "organisation", "en")

    assert f'href="{bilingual_site["en"]["fact_sheet"].url}"' in html
    assert f'href="{bilingual_site["fact_sheet"].url}"' not in html


def test_fact_sheet_links_its_actors_to_their_organisation_pages(client, bilingual_site):
    html = client.get(bilingual_site["fact_sheet"].url).content.decode()

    assert f'<a href="{bilingual_site["organisation"].url}">Métropole de Lyon</a>' in html
    assert f'href="{bilingual_site["other_organisation"].url}"' in html


def test_translated_fact_sheet_links_its_actors_to_the_translated_organisations(client, bilingual_site):
    english = bilingual_site["en"]
    html = client.get(english["fact_sheet"].url).content.decode()

    assert english["fact_sheet"].actors.first().organisation_id == english["organisation"].pk  # re-linked by wagtail-localize
    assert f'href="{english["organisation"].url}"' in html
    assert english["organisation"].url.startswith("/en/")
    assert f'href="{bilingual_site["organisation"].url}"' not in html
    # Its English translation is still a draft: the link leads to the French page, marked as such.
    assert f'href="{bilingual_site["other_organisation"].url}" hreflang="fr"' in html


def test_translated_actor_links_follow_once_the_translation_is_published(client, bilingual_site):
    english_locale = bilingual_site["en"]["home"].locale
    bilingual_site["other_organisation"].get_translation(english_locale).get_latest_revision().publish()

    html = client.get(bilingual_site["en"]["fact_sheet"].url).content.decode()

    english_agency = bilingual_site["other_organisation"].get_translation(english_locale)
    assert f'href="{english_agency.url}"' in html
    assert f'href="{bilingual_site["other_organisation"].url}"' not in html


def test_an_actor_whose_organisation_is_not_published_is_not_shown(client, bilingual_site):
    draft = OrganisationPageFactory(parent=bilingual_site["organisation_index"], title="Consortium en création", live=False)
    fact_sheet = FactSheetPageFactory(
        parent=bilingual_site["fact_sheet_index"], title="Navette fluviale", actors=[(draft, "Exploitant")]
    )

    html = client.get(fact_sheet.url).content.decode()

    assert "Navette fluviale" in html
    assert "Consortium en création" not in html and draft.url not in html


def search_results(client, query, language="fr"):
    with translation.override(language):
        url = reverse("search:search")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return [result.page for result in response.context["outcome"].results]


def search_titles(client, query, language="fr"):
    return [page.title for page in search_results(client, query, language)]


def test_organisations_are_found_by_the_site_search_by_name_and_acronym(client, bilingual_site):
    OrganisationPageFactory(
        parent=bilingual_site["organisation_index"], title="Business France", acronym="BF",
        summary="Agence nationale au service de l'internationalisation de l'économie française.",
    )

    assert "Business France" in search_titles(client, "Business France")
    assert "Métropole de Lyon" in search_titles(client, "GL")
    assert "Business France" in search_titles(client, "internationalisation")


def test_translated_organisations_are_found_in_their_language(client, bilingual_site):
    found = [page.pk for page in search_results(client, "Métropole", language="en")]

    assert bilingual_site["en"]["organisation"].pk in found
    assert bilingual_site["organisation"].pk not in found


def test_visible_actors_are_what_the_pdf_prints(bilingual_site):
    draft = OrganisationPageFactory(parent=bilingual_site["organisation_index"], title="Consortium en création", live=False)
    fact_sheet = bilingual_site["en"]["fact_sheet"]
    fact_sheet.actors.create(organisation=draft, role="Exploitant", locale=fact_sheet.locale)

    shown = [(actor.organisation_shown.pk, actor.role) for actor in fact_sheet.visible_actors()]

    # The English organisation; the agency in French, its translation being a draft; never the draft consortium.
    assert shown == [(bilingual_site["en"]["organisation"].pk, "Maître d'ouvrage"),
                     (bilingual_site["other_organisation"].pk, "Assistance à maîtrise d'ouvrage")]
