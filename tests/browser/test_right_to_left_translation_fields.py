"""In wagtail-localize's translation editor, a translator into Arabic types right to left."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from tests.factories import ThemePageFactory, add_locales, build_site, translate
from tests.factories.sites import ensure_migration_data

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.fill("input[name='username']", username)
    page.fill("input[name='password']", password)
    page.click("button[type='submit']")
    page.wait_for_url("**/admin/")


def test_arabic_translation_fields_are_right_to_left_and_english_ones_left_to_right(page):
    ensure_migration_data()  # a transactional test before this one flushed the tables
    add_locales("fr", "en", "ar")
    site = build_site()
    theme = ThemePageFactory(parent=site["theme_index"], title="Énergie", slug="energie")
    translations = {}
    for code in ("en", "ar"):
        translate(site["home"], code)
        translate(site["theme_index"], code)
        translations[code] = translate(theme, code)
    admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "secret-pw")
    UserProfile.objects.update_or_create(user=admin, defaults={"preferred_language": "en"})
    log_in(page, "admin", "secret-pw")

    directions = {}
    for code, translation in translations.items():
        page.goto(f"/admin/pages/{translation.pk}/edit/")
        page.get_by_role("button", name="Translate").first.click()
        field = page.locator(".js-translation-editor textarea").first
        field.wait_for()
        directions[code] = (field.get_attribute("dir"), field.get_attribute("lang"))
        source = page.locator(".js-translation-editor li > p").first
        assert source.get_attribute("dir") is None  # the French source text keeps the page's direction

    assert directions == {"ar": ("rtl", "ar"), "en": (None, None)}
