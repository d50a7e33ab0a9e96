"""A moderator publishing a translation with an untranslated text: refused, led to the text, then overrides."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page, PageLogEntry
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from tests.factories import ThemePageFactory, add_locales, build_site, translate

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.fill("input[name='username']", username)
    page.fill("input[name='password']", password)
    page.click("button[type='submit']")
    page.wait_for_url("**/admin/")


def english_draft_with_an_untranslated_search_description():
    add_locales("fr", "en")
    site = build_site()
    for name in ("home", "theme_index"):
        translate(site[name], "en")
    theme = ThemePageFactory(parent=site["theme_index"], title="Énergie", slug="energie", search_description="L'énergie en France.")
    english = translate(theme, "en", publish=False)
    translation = Translation.objects.get(source__object_id=theme.translation_key, target_locale__language_code="en")
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"title": "Energy", "summary": "Energy, in short."}.get(entry.msgctxt, "")
    translation.import_po(po)
    return english


def test_the_refusal_leads_to_the_untranslated_text_and_the_override_publishes(page):
    english = english_draft_with_an_untranslated_search_description()
    admin = get_user_model().objects.create_superuser("marc", "marc@example.com", "secret-pw")
    UserProfile.objects.update_or_create(user=admin, defaults={"preferred_language": "en"})
    log_in(page, "marc", "secret-pw")

    page.goto(f"/admin/pages/{english.pk}/edit/")
    page.get_by_role("button", name="Publish in English").click()
    refusal = page.locator(".messages li.error")
    refusal.wait_for()
    assert "was not published in English: 1 visible text is not translated yet." in refusal.inner_text()

    refusal.get_by_role("link", name="Promote › Meta description").click()
    page.wait_for_url(f"**/admin/pages/{english.pk}/edit/#tab-promote")
    page.wait_for_selector("#tab-label-promote[aria-selected='true']")

    page.goto(f"/admin/pages/{english.pk}/edit/")
    page.get_by_role("button", name="Publish in English").click()
    page.locator(".messages li.error").get_by_role("link", name="Publish with these texts untranslated…").click()
    page.get_by_role("button", name="Publish").click()
    assert "Tick the box" in page.locator("main").inner_text()
    page.get_by_label("I know these texts are not translated").check()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"**/admin/pages/{english.pk}/edit/")

    assert Page.objects.get(pk=english.pk).live
    assert PageLogEntry.objects.filter(page_id=english.pk, action="translation_workflow.publish_incomplete").exists()
