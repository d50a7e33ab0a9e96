"""An editor promoting a page chooses the language first; the page chooser then offers that language's
live pages, with their own titles."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from search.models import Promotion
from tests.factories import FactSheetPageFactory, add_locales, build_site, translate
from tests.factories.sites import ensure_migration_data

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_page_chooser_follows_the_language_chosen(page):
    ensure_migration_data()  # a transactional test before this one flushed the tables
    add_locales("fr", "en", "es")
    site = build_site()
    tram = FactSheetPageFactory(parent=site["fact_sheet_index"], title="Tramway solaire", slug="tramway-solaire")
    for code in ("en", "es"):
        translate(site["home"], code)
        translate(site["fact_sheet_index"], code)
    english = translate(tram, "en")
    english.title = "Solar tramway"
    english.save_revision().publish()
    translate(tram, "es", publish=False)  # a Spanish draft, still titled in French
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "secret-pw")
    UserProfile.objects.update_or_create(user=admin, defaults={"preferred_language": "en"})
    page.goto("/admin/login/")
    page.fill("input[name='username']", "admin")
    page.fill("input[name='password']", "secret-pw")
    page.click("button[type='submit']")
    page.wait_for_url("**/admin/")

    def open_chooser(language):
        page.goto(reverse("promoted_results:add"))
        page.select_option("#id_locale", label=language)
        page.get_by_role("button", name="Choose a published page").first.click()
        results = page.locator(".modal-content table")
        results.wait_for()
        return results.inner_text()

    assert "Tramway solaire" not in open_chooser("Español")  # the Spanish draft is not offered
    english_choices = open_chooser("English")
    assert "Solar tramway" in english_choices and "Tramway solaire" not in english_choices

    page.locator(".modal-content").get_by_role("link", name="Solar tramway").click()
    page.fill("#id_query_string", "Tramway")
    page.get_by_role("button", name="Create").click()
    expect(page.get_by_text("Solar tramway")).to_be_visible()
    promotion = Promotion.objects.get()
    assert (promotion.locale.language_code, promotion.pages.get().page_id) == ("en", english.pk)
