"""Approving a translation in a moderation workflow, or publishing it in bulk, is refused while texts are untranslated."""

from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from tests.factories import translated_page

from .po import translation_of
from .translating import shown_messages, translate_texts


def english_theme_in_review(site, reviewer):
    """The English theme, a draft again, submitted to a one-task review workflow of the English tree."""
    english = translated_page(site["theme"], "en")
    english.unpublish()
    reviewers = Group.objects.create(name="Reviewers (test)")
    reviewer.groups.add(reviewers)
    task = GroupApprovalTask.objects.create(name="Review")
    task.groups.add(reviewers)
    workflow = Workflow.objects.create(name="Review of translations (test)")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=translated_page(site["home"], "en"), defaults={"workflow": workflow})
    english.save_revision(user=reviewer)
    workflow.start(english, reviewer)
    return english


def approve(client, page):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    return client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""}, follow=True)


def test_approving_an_incomplete_translation_is_refused(admin_client, admin_user, multilingual_site, django_capture_on_commit_callbacks):
    english = english_theme_in_review(multilingual_site, admin_user)
    translate_texts(translation_of(multilingual_site["theme"], "en"), {"title": "Energy"})

    with django_capture_on_commit_callbacks(execute=True):
        response = approve(admin_client, english)

    [message] = shown_messages(response)
    assert "was not published in English: 1 visible text is not translated yet." in message
    assert "Content › Summary" in message
    page = Page.objects.get(pk=english.pk)
    assert not page.live
    assert page.workflow_in_progress  # still waiting for its reviewer


def test_approving_a_complete_translation_publishes_it(admin_client, admin_user, multilingual_site, django_capture_on_commit_callbacks):
    english = english_theme_in_review(multilingual_site, admin_user)
    translation = translation_of(multilingual_site["theme"], "en")
    translate_texts(translation, {"title": "Energy", "summary": "Energy, in short."})
    translation.save_target(user=admin_user, publish=False)  # what "Submit for review" saves

    with django_capture_on_commit_callbacks(execute=True):
        approve(admin_client, english)

    assert Page.objects.get(pk=english.pk).live


def test_bulk_publishing_an_incomplete_translation_is_refused(admin_client, multilingual_site):
    english = translated_page(multilingual_site["theme"], "en")
    english.unpublish()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={english.pk}"

    response = admin_client.post(url, {"include_descendants": ""}, follow=True)

    [message] = shown_messages(response)
    assert "was not published in English: 2 visible texts are not translated yet." in message
    assert not Page.objects.get(pk=english.pk).live
