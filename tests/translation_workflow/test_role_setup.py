"""``setup_roles`` makes the groups of translation_workflow/roles.py, exactly, and the review workflow."""

from io import StringIO

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
)

from tests.factories import translated_page
from translation_workflow.review import REVIEW_TASK_NAME, REVIEW_WORKFLOW_NAME
from translation_workflow.roles import setup_roles

LANGUAGES = ("English", "Spanish", "Portuguese", "Arabic", "Simplified Chinese")


def page_grants(group_name):
    """``{(language code, permission codename)}`` of a group's page permissions."""
    return set(
        GroupPagePermission.objects.filter(group__name=group_name).values_list("page__locale__language_code", "permission__codename")
    )


def test_each_role_gets_its_permissions_on_its_languages_home_pages(multilingual_site):
    setup_roles()

    assert page_grants("Editors") == {("fr", "add_page"), ("fr", "change_page"), ("fr", "publish_page")}
    assert {code for code, _codename in page_grants("Moderators")} == {"fr", "en", "es", "pt", "ar", "zh-hans"}
    assert ("ar", "publish_page") in page_grants("Moderators")
    for language, code in zip(LANGUAGES, ("en", "es", "pt", "ar", "zh-hans"), strict=True):
        assert page_grants(f"Translators – {language}") == {(code, "change_page")}
    homes = {grant.page for grant in GroupPagePermission.objects.all()}
    assert homes == set(Page.objects.filter(translation_key=multilingual_site["home"].translation_key))
    editors = Group.objects.get(name="Editors")
    assert set(editors.permissions.values_list("codename", flat=True)) >= {
        "access_admin", "submit_translation", "add_promotion", "change_promotion", "delete_promotion",
    }
    assert not Group.objects.get(name="Translators – English").permissions.filter(codename="submit_translation").exists()


def test_the_review_workflow_covers_every_language_but_french(multilingual_site):
    setup_roles()

    review = Workflow.objects.get(name=REVIEW_WORKFLOW_NAME)  # saved in English, read in each user's language
    assert [task.name for task in review.tasks] == [REVIEW_TASK_NAME]
    assert [group.name for group in review.tasks[0].specific.groups.all()] == ["Moderators"]
    for code in ("en", "es", "pt", "ar", "zh-hans"):
        assert translated_page(multilingual_site["theme"], code).get_workflow() == review
    assert multilingual_site["theme"].get_workflow() != review  # French pages keep Wagtail's own


def test_a_second_run_changes_nothing_and_undoes_changes_by_hand(multilingual_site):
    setup_roles()
    before = (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count(), Workflow.objects.count())
    translators = Group.objects.get(name="Translators – English")
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=translators, page=multilingual_site["home"], permission=publish)

    setup_roles()

    assert (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count(), Workflow.objects.count()) == before
    assert page_grants("Translators – English") == {("en", "change_page")}


def test_command_lists_the_groups(site_tree):
    output = StringIO()

    call_command("setup_roles", stdout=output)

    assert "7 groups set up" in output.getvalue()
    assert "Translators – Arabic (members: 0)" in output.getvalue()
    assert Group.objects.filter(name__startswith="Translators – ").count() == 5
