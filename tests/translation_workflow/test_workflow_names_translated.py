"""Workflow and task names read in each person's admin language, on Wagtail's own screens and e-mails.

The review workflow and its task are saved under English names; a French or Arabic moderator, and a
French administrator, read them in their language wherever Wagtail shows them.
"""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Task, Workflow

from tests.factories.editing import set_admin_language
from translation_workflow.completeness import enabled_translation_of
from translation_workflow.review import submit_for_review
from translation_workflow.roles import setup_roles

from .roles_setup import MODERATORS, person, translate_texts

ENGLISH = ("Translation review", "Review by a moderator")
NAMES = {
    "fr": ("Relecture des traductions", "Relecture par un modérateur"),
    "ar": ("مراجعة الترجمة", "المراجعة من قِبل مشرف"),
}
SENT_JUST_NOW = {"fr": "maintenant", "ar": "الآن"}
names_migration = importlib.import_module("translation_workflow.migrations.0001_workflow_and_task_names_as_msgids")


def in_review(page, people):
    """``page`` translated and submitted for review by the translator."""
    translate_texts(page)
    submit_for_review(page, enabled_translation_of(page), people["translator"])
    return page


def workflow_screens(page):
    return {
        "dashboard (awaiting your review)": reverse("wagtailadmin_home"),
        "status side panel": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "workflow history": reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
        "page history": reverse("wagtailadmin_pages:history", args=[page.pk]),
    }


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_moderator_reads_the_review_names_in_their_language(client, people, english_draft, language):
    set_admin_language(people["moderator"], language)
    in_review(english_draft, people)
    client.force_login(people["moderator"])

    for screen, url in workflow_screens(english_draft).items():
        html = client.get(url).content.decode()
        assert NAMES[language][1] in html, screen
        assert not any(name in html for name in ENGLISH), screen
    side_panel = client.get(workflow_screens(english_draft)["status side panel"]).content.decode()
    assert NAMES[language][0] in side_panel
    # "Sent to … now": the time is written by humanize's naturaltime, whose catalogues need its app installed.
    assert SENT_JUST_NOW[language] in side_panel


def test_the_moderation_email_names_the_task_in_each_recipients_language(people, english_draft, mailoutbox):
    set_admin_language(people["moderator"], "fr")
    arabic_moderator = person("amal", MODERATORS)
    set_admin_language(arabic_moderator, "ar")

    in_review(english_draft, people)

    mail_to = {message.to[0]: message.subject + message.body for message in mailoutbox}
    assert NAMES["fr"][1] in mail_to[people["moderator"].email]
    assert NAMES["ar"][1] in mail_to[arabic_moderator.email]
    assert not any(name in text for text in mail_to.values() for name in ENGLISH)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_settings_and_reports_show_the_names_in_the_administrators_language(client, admin_user, people, english_draft, language):
    in_review(english_draft, people)
    set_admin_language(admin_user, language)
    client.force_login(admin_user)

    workflows = client.get(reverse("wagtailadmin_workflows:index")).content.decode()
    tasks = client.get(reverse("wagtailadmin_workflows:task_index")).content.decode()
    reports = client.get(reverse("wagtailadmin_reports:workflow")).content.decode()
    reports += client.get(reverse("wagtailadmin_reports:workflow_tasks")).content.decode()

    assert NAMES[language][0] in workflows and NAMES[language][1] in workflows
    assert NAMES[language][1] in tasks
    assert NAMES[language][0] in reports and NAMES[language][1] in reports
    assert not any(name in workflows + tasks + reports for name in ENGLISH)


def test_names_are_saved_in_english_and_read_in_english(client, people, english_draft):
    in_review(english_draft, people)
    client.force_login(people["moderator"])  # admin in English

    history = client.get(workflow_screens(english_draft)["page history"]).content.decode()

    assert "Review by a moderator" in history and NAMES["fr"][1] not in history
    assert Workflow.objects.filter(name="Translation review").count() == 1
    assert Task.objects.filter(name="Review by a moderator").count() == 1


def test_a_name_typed_by_an_administrator_stays_as_typed(client, admin_user, multilingual_site):
    setup_roles()
    Workflow.objects.create(name="Relecture juridique")
    saved_in_french = Workflow.objects.create(name="Relecture des traductions")  # as the French edit form shows it
    set_admin_language(admin_user, "ar")
    client.force_login(admin_user)

    workflows = client.get(reverse("wagtailadmin_workflows:index")).content.decode()

    assert "Relecture juridique" in workflows
    saved_in_french.refresh_from_db()
    assert saved_in_french.name == "Translation review"


def test_the_migration_renames_names_saved_in_french_and_keeps_typed_ones(multilingual_site):
    setup_roles()
    typed = Workflow.objects.create(name="Relecture juridique")
    # Before names were msgids, setup_roles saved them in French (update() skips the model's signals).
    Workflow.objects.filter(name="Translation review").update(name="Relecture des traductions")
    Task.objects.filter(name="Review by a moderator").update(name="Relecture par un modérateur")

    names_migration.rename_to_msgids(apps, None)

    assert set(Workflow.objects.values_list("name", flat=True)) >= {"Translation review", "Relecture juridique"}
    assert GroupApprovalTask.objects.filter(name="Review by a moderator").count() == 1
    typed.refresh_from_db()
    assert typed.name == "Relecture juridique"


def test_setup_roles_takes_over_a_workflow_saved_in_french(multilingual_site):
    setup_roles()
    Workflow.objects.filter(name="Translation review").update(name="Relecture des traductions")
    before = (Workflow.objects.count(), Task.objects.count())

    setup_roles()

    assert (Workflow.objects.count(), Task.objects.count()) == before
    assert Workflow.objects.filter(name="Translation review").count() == 1
