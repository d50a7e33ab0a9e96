"""A fact sheet's way into English, in a real browser: editor, then translator, then moderator.

The editor publishes the French fact sheet and submits it for translation; the translator finds it in
the worklist on their dashboard, translates it (a PO file uploaded in the translation editor, as
outside translators do) and submits it for review; the moderator approves it from the dashboard,
which publishes it: the English page is live. The editor then changes the French summary: the report
shows exactly that page out of date, the editor syncs it from there, and the translator is offered the
previous English summary as a suggestion for the new French one.
"""

import re

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from tests.factories import (
    FactSheetPageFactory,
    ThemePageFactory,
    build_site,
    translate,
    translated_page,
)
from translation_workflow.roles import setup_roles

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "journey-password"


def ensure_root_and_site():
    """Transactional tests flush every table, the root page, locale and site made by migrations included."""
    french, _ = Locale.objects.get_or_create(language_code="fr")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=french))
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(hostname="localhost", root_page=Page.get_first_root_node(), is_default_site=True, site_name="Vivapolis")


def person(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@vivapolis.example", PASSWORD)
    user.groups.set([Group.objects.get(name=group_name)])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def build_journey_site():
    ensure_root_and_site()
    Locale.objects.get_or_create(language_code="en")
    site = build_site()
    theme = ThemePageFactory(parent=site["theme_index"], title="Mobilité", slug="mobilite")
    for name in ("home", "theme_index", "fact_sheet_index"):
        translate(site[name], "en")
    translate(theme, "en")
    cable_car = FactSheetPageFactory(
        parent=site["fact_sheet_index"], title="Téléphérique urbain", slug="telepherique-urbain", summary="Brouillon.", themes=[theme]
    )
    cable_car.unpublish()
    setup_roles()
    return cable_car


def log_in(browser, live_server, username):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    tab = context.new_page()
    tab.set_default_timeout(15000)
    tab.goto("/admin/login/")
    tab.fill("input[name='username']", username)
    tab.fill("input[name='password']", PASSWORD)
    tab.click("button[type='submit']")
    tab.wait_for_url(re.compile(r"/admin/$"))
    return tab


def publish_with_summary(tab, page, summary):
    tab.goto(f"/admin/pages/{page.pk}/edit/")
    tab.fill("#id_summary", summary)
    tab.locator("footer [data-w-dropdown-target='toggle']").first.click()
    tab.locator("button[name='action-publish']").click()
    tab.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def editor_publishes_and_submits(tab, cable_car):
    publish_with_summary(tab, cable_car, "Une ligne de téléphérique relie les deux rives de la ville.")
    tab.goto(f"/admin/pages/{cable_car.pk}/edit/")
    tab.locator("#w-slim-header-buttons [data-w-dropdown-target='toggle']").first.click()
    tab.get_by_role("link", name="Translate this page").click()
    tab.get_by_label("English").check()
    tab.locator("main form button[type='submit'], main form input[type='submit']").last.click()
    tab.wait_for_load_state()


def translator_translates_and_submits(tab, english):
    tab.goto("/admin/")
    worklist = tab.locator("#translation-worklist-section")
    worklist.get_by_role("link", name="Téléphérique urbain").click()
    tab.wait_for_url(re.compile(rf"/admin/pages/{english.pk}/edit/$"))
    tab.locator(".js-translation-editor").wait_for()
    po_url = tab.locator("a[href*='/pofile/download/']").first.get_attribute("href")
    po = polib.pofile(tab.request.get(po_url).text())
    for entry in po:
        entry.msgstr = entry.msgid if entry.msgctxt == "slug" else {"Téléphérique urbain": "Urban cable car"}.get(entry.msgid, f"EN {entry.msgid}")
    upload = tab.locator("form[action*='/pofile/upload/'] input[type='file']").first
    with tab.expect_navigation():
        upload.set_input_files(files=[{"name": "en.po", "mimeType": "text/x-gettext-translation", "buffer": str(po).encode()}])
    tab.get_by_role("link", name="Submit for review").click()
    tab.locator("main form button[type='submit']").click()
    tab.wait_for_url(re.compile(r"/admin/$"))
    assert "was submitted for review" in tab.content()


def moderator_approves(tab):
    tab.goto("/admin/")
    row = tab.locator("tr", has_text="Urban cable car")
    row.locator("[data-w-dropdown-target='toggle']").first.click()
    with tab.expect_navigation():
        row.get_by_role("button", name="Approve", exact=True).click()


def editor_changes_the_summary_and_syncs(tab, cable_car):
    publish_with_summary(tab, cable_car, "Une ligne de téléphérique relie désormais les deux rives de la ville.")
    tab.goto("/admin/reports/translations-by-page/?status=out_of_date")
    out_of_date = tab.locator("main table.listing tbody tr")
    assert out_of_date.locator("th[scope='row'] > a:first-child").all_inner_texts() == ["Téléphérique urbain"]
    out_of_date.locator("td[data-locale='en'][data-status='out_of_date'] a").click()
    tab.locator("main form button[type='submit'], main form input[type='submit']").last.click()
    tab.wait_for_load_state()


def translator_is_offered_the_previous_summary(tab, english):
    tab.goto(f"/admin/pages/{english.pk}/edit/")
    tab.get_by_role("link", name=re.compile("suggestions")).first.click()
    suggestions = tab.locator("main")
    suggestions.get_by_text("Une ligne de téléphérique relie désormais les deux rives de la ville.").wait_for()
    assert "EN Une ligne de téléphérique relie les deux rives de la ville." in suggestions.inner_text()


def test_a_fact_sheet_goes_from_french_to_english(browser, live_server):
    cable_car = build_journey_site()
    for username, group in (("elise", "Editors"), ("emma", "Translators – English"), ("marc", "Moderators")):
        person(username, group)

    editor = log_in(browser, live_server, "elise")
    editor_publishes_and_submits(editor, cable_car)
    assert Page.objects.get(pk=cable_car.pk).live
    english = translated_page(cable_car, "en")
    assert not english.live

    translator = log_in(browser, live_server, "emma")
    translator_translates_and_submits(translator, english)
    assert Page.objects.get(pk=english.pk).workflow_in_progress

    moderator = log_in(browser, live_server, "marc")
    moderator_approves(moderator)

    english = Page.objects.get(pk=english.pk)
    assert english.live and english.title == "Urban cable car"
    visitor = browser.new_page(base_url=live_server.url)
    visitor.goto(english.url)
    assert visitor.locator("h1").inner_text().strip() == "Urban cable car"

    editor_changes_the_summary_and_syncs(editor, cable_car)
    assert "relie désormais" not in Page.objects.get(pk=english.pk).specific.summary  # the live page keeps its English text
    translator_is_offered_the_previous_summary(translator, english)
    for tab in (editor, translator, moderator, visitor):
        tab.context.close()
