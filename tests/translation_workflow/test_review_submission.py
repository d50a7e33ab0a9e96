"""A translator hands a translation in ("Submit for review"); moderators are e-mailed, then approve or ask for changes."""

from django.urls import reverse
from wagtail.models import Page, WorkflowState

from tests.factories import translated_page

from .roles_setup import refused, translate_texts


def submit_url(page):
    return reverse("submit_translation_for_review", args=[page.pk])


def current_state(page):
    return Page.objects.get(pk=page.pk).current_workflow_state


def test_the_translation_editor_offers_submit_for_review(client, people, english_draft):
    client.force_login(people["translator"])

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english_draft.pk])).content.decode()

    assert f'href="{submit_url(english_draft)}"' in editor
    assert "Submit for review" in editor


def test_submitting_starts_the_review_and_emails_the_moderators(client, people, english_draft, mailoutbox):
    translate_texts(english_draft)
    client.force_login(people["translator"])

    confirmation = client.get(submit_url(english_draft)).content.decode()
    response = client.post(submit_url(english_draft), follow=True)

    assert "Review by a moderator" in confirmation and "not translated yet" not in confirmation
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert "was submitted for review" in response.content.decode()
    assert current_state(english_draft).status == WorkflowState.STATUS_IN_PROGRESS
    assert Page.objects.get(pk=english_draft.pk).get_latest_revision_as_object().title == "EN Réseau de chaleur"
    recipients = {address for message in mailoutbox for address in message.to}
    assert people["moderator"].email in recipients
    assert people["translator"].email not in recipients and people["editor"].email not in recipients
    assert any("EN Réseau de chaleur" in message.subject for message in mailoutbox)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english_draft.pk])).content.decode()
    assert f'href="{submit_url(english_draft)}"' not in editor  # already in review


def test_the_confirmation_names_the_texts_not_translated_yet(client, people, english_draft):
    client.force_login(people["translator"])

    confirmation = client.get(submit_url(english_draft)).content.decode()

    assert "visible texts are not translated yet" in confirmation
    assert "Content › Title" in confirmation


def test_a_moderator_approves_and_the_translation_is_live(client, people, english_draft):
    translate_texts(english_draft)
    client.force_login(people["translator"])
    client.post(submit_url(english_draft))
    client.force_login(people["moderator"])
    task_state = current_state(english_draft).current_task_state

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[english_draft.pk, "approve", task_state.pk]))

    assert "EN Réseau de chaleur" in dashboard  # "Awaiting your review"
    page = Page.objects.get(pk=english_draft.pk)
    assert page.live and page.title == "EN Réseau de chaleur"
    client.logout()
    assert client.get(page.url).status_code == 200


def test_changes_requested_then_resubmitted(client, people, english_draft, mailoutbox):
    translate_texts(english_draft)
    client.force_login(people["translator"])
    client.post(submit_url(english_draft))
    client.force_login(people["moderator"])
    task_state = current_state(english_draft).current_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[english_draft.pk, "reject", task_state.pk]))
    assert current_state(english_draft).status == WorkflowState.STATUS_NEEDS_CHANGES
    assert people["translator"].email in {address for message in mailoutbox for address in message.to}  # told so
    mailoutbox.clear()
    client.force_login(people["translator"])

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[english_draft.pk])).content.decode()
    client.post(submit_url(english_draft))

    assert "Resubmit for review" in editor
    assert current_state(english_draft).status == WorkflowState.STATUS_IN_PROGRESS
    assert people["moderator"].email in {address for message in mailoutbox for address in message.to}


def test_submitting_twice_says_it_is_already_in_review(client, people, english_draft):
    client.force_login(people["translator"])
    client.post(submit_url(english_draft))

    response = client.post(submit_url(english_draft), follow=True)

    assert "is already waiting for review" in response.content.decode()
    assert WorkflowState.objects.filter(object_id=str(english_draft.pk)).count() == 1


def test_only_translations_into_their_languages_can_be_submitted(client, multilingual_site, people):
    client.force_login(people["translator"])

    assert client.get(submit_url(multilingual_site["fact_sheet"]), follow=True).status_code == 404  # the French page
    assert refused(client.post(submit_url(translated_page(multilingual_site["theme"], "es"))))
    assert not WorkflowState.objects.exists()
