"""Promoted results belong to one language: chosen among that language's live pages, matched the way
the search matches words, counted with the results, managed by whoever has the model permissions."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from search.models import Promotion
from tests.search.promoting import promote

SAVED_BY_EDITORS = ("add_promotion", "change_promotion", "delete_promotion")


@pytest.fixture
def site(bilingual_site):
    """French pages and their English translations; "Agence d'exemple" is a French title on an English draft."""
    english = bilingual_site["en"]["fact_sheet"]
    english.title = "Solar tramway"
    english.save_revision().publish()
    return bilingual_site


def promotion_form(locale, query_string, *pages):
    rows = [{"page": page.pk if page else "", "description": ""} for page in pages]
    return nested_form_data({"locale": locale.pk, "query_string": query_string, "pages": inline_formset(rows, min=1)})


def chooser_titles(client, locale, typed=""):
    response = client.get(reverse("promoted_page_chooser:choose"), {"locale": locale.pk if locale else "", "q": typed})
    assert response.status_code == 200
    return response.json()["html"]


def test_page_chooser_offers_the_live_pages_of_the_chosen_language_with_their_own_titles(english_admin, site):
    english, french = site["en"]["fact_sheet"].locale, site["fact_sheet"].locale

    assert "Solar tramway" in chooser_titles(english_admin, english)
    assert "Tramway solaire" not in chooser_titles(english_admin, english, "tramway")
    assert "Agence d&#x27;exemple" not in chooser_titles(english_admin, english, "agence")  # a draft, titled in French
    assert "Tramway solaire" in chooser_titles(english_admin, french, "tramway")
    assert "Agence d&#x27;exemple" in chooser_titles(english_admin, french, "agence")
    assert "Tramway solaire" not in chooser_titles(english_admin, None, "tramway")


def test_a_page_of_another_language_is_refused_with_a_message_and_nothing_is_saved(english_admin, site):
    french = site["fact_sheet"].locale

    response = english_admin.post(reverse("promoted_results:add"), promotion_form(french, "tramway", site["en"]["fact_sheet"]))

    assert response.status_code == 200
    html = response.content.decode()
    assert "“Solar tramway” is a page in English" in html
    assert "choose the French version of the page" in html
    assert not Promotion.objects.exists()


def test_an_unpublished_page_is_refused(english_admin, site):
    site["other_fact_sheet"].unpublish()

    response = english_admin.post(reverse("promoted_results:add"), promotion_form(site["other_fact_sheet"].locale, "hydrogène", site["other_fact_sheet"]))

    assert "“Quartier bas carbone” is not published" in response.content.decode()
    assert not Promotion.objects.exists()


def test_two_promotions_that_searches_cannot_tell_apart_are_refused(english_admin, site):
    promote("Transport par câble", site["fact_sheet"])

    response = english_admin.post(reverse("promoted_results:add"), promotion_form(site["fact_sheet"].locale, "transports par cables", site["other_fact_sheet"]))

    assert "“Transport par câble” already has promoted results in this language" in response.content.decode()
    assert Promotion.objects.count() == 1


def test_a_promotion_saved_in_the_admin_is_listed_with_its_language(english_admin, site):
    response = english_admin.post(reverse("promoted_results:add"), promotion_form(site["fact_sheet"].locale, "Téléphérique", site["fact_sheet"]))

    assert response.status_code == 302
    listing = english_admin.get(reverse("promoted_results:index")).content.decode()
    assert "Téléphérique" in listing and "French" in listing and "Tramway solaire" in listing


@pytest.mark.parametrize(
    "typed", ["transport par cable", "TRANSPORT  PAR  CÂBLE", "Transports par câbles", " transport, par câble ! "]
)
def test_promotions_match_queries_without_case_accents_spacing_or_word_endings(client, site, typed):
    promote("transport par câble", site["news"], description="Le téléphérique urbain.")

    response = client.get("/fr/recherche/", {"q": typed})

    assert [row.page_id for row in response.context["outcome"].promoted] == [site["news"].pk]
    assert "Le téléphérique urbain." in response.content.decode()


def test_a_promotion_is_shown_only_to_visitors_of_its_language(client, site):
    promote("tramway", site["news"])
    promote("tramway", site["en"]["news"])

    french = client.get("/fr/recherche/", {"q": "tramway"}).context["outcome"]
    english = client.get("/en/search/", {"q": "tramway"}).context["outcome"]

    assert [row.page_id for row in french.promoted] == [site["news"].pk]
    assert [row.page_id for row in english.promoted] == [site["en"]["news"].pk]


def test_a_promotion_the_words_do_not_match_is_counted_with_the_results(client, site):
    promote("téléphérique", site["news"])  # no page mentions a cable car

    response = client.get("/fr/recherche/", {"q": "téléphérique"})

    count = response.content.decode().split('id="search-count">')[1].split("</p>")[0]
    assert "1 résultat" in count or "1 result" in count
    assert "0 r" not in count and "Aucun" not in count and "No result" not in count


def test_a_promotion_moved_to_another_language_takes_pages_of_that_language(english_admin, site):
    promotion = promote("tramway", site["fact_sheet"])
    english = site["en"]["fact_sheet"]
    row = {"id": promotion.pages.get().pk, "page": english.pk, "description": ""}  # the editor chooses another page
    data = nested_form_data({"locale": english.locale.pk, "query_string": "tramway", "pages": inline_formset([row], initial=1)})

    response = english_admin.post(reverse("promoted_results:edit", args=[promotion.pk]), data)

    assert response.status_code == 302
    promotion.refresh_from_db()
    assert promotion.locale == english.locale
    assert [row.page_id for row in promotion.pages.all()] == [english.pk]


def test_editors_with_the_model_permissions_manage_promotions(client, django_user_model, site):
    editors = Group.objects.create(name="Promoters")
    editors.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="search", codename__in=SAVED_BY_EDITORS),
    )
    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.groups.add(editors)
    other = django_user_model.objects.create_user("other", password="pw")
    other.groups.add(Group.objects.create(name="Admin only"))
    other.groups.first().permissions.add(Permission.objects.get(codename="access_admin"))

    client.force_login(editor)
    saved = client.post(reverse("promoted_results:add"), promotion_form(site["fact_sheet"].locale, "tramway", site["fact_sheet"]))
    client.force_login(other)
    refused = client.get(reverse("promoted_results:index"))

    assert saved.status_code == 302 and Promotion.objects.filter(query_string="tramway").exists()
    assert refused.status_code in (302, 403)


def test_wagtails_promotions_become_promotions_in_their_pages_language(site):
    query = Query.get("Tramway")
    SearchPromotion.objects.create(query=query, page=site["fact_sheet"], description="En français.", sort_order=0)
    SearchPromotion.objects.create(query=query, page=site["en"]["fact_sheet"], sort_order=1)
    migration = importlib.import_module("search.migrations.0004_copy_wagtail_promotions")

    migration.copy_wagtail_promotions(apps, None)

    copied = {
        promotion.locale.language_code: [(row.page_id, row.description) for row in promotion.pages.all()]
        for promotion in Promotion.objects.filter(query_string="tramway")
    }
    assert copied == {"fr": [(site["fact_sheet"].pk, "En français.")], "en": [(site["en"]["fact_sheet"].pk, "")]}
