"""A live translation handed in for review stays as published until a moderator approves the new texts."""

from django.urls import reverse
from wagtail.models import Page

from tests.factories import translated_page

from .roles_setup import translate_texts


def test_visitors_keep_the_published_text_while_the_new_one_is_in_review(client, people, multilingual_site):
    english = translated_page(multilingual_site["fact_sheet"], "en")
    published_title = english.title
    translate_texts(english, prefix="REVISED")
    client.force_login(people["translator"])

    client.post(reverse("submit_translation_for_review", args=[english.pk]))
    client.logout()
    during_review = client.get(english.url).content.decode()

    page = Page.objects.get(pk=english.pk)
    assert page.live and page.has_unpublished_changes
    assert page.title == published_title and page.draft_title.startswith("REVISED")
    assert published_title in during_review and "REVISED" not in during_review
    search = client.get("/en/search/", {"q": "REVISED"}).content.decode()
    assert 'class="search-result ' not in search


def test_the_reviewed_text_is_shown_once_approved(client, people, multilingual_site):
    english = translated_page(multilingual_site["fact_sheet"], "en")
    translate_texts(english, prefix="REVISED")
    client.force_login(people["translator"])
    client.post(reverse("submit_translation_for_review", args=[english.pk]))
    client.force_login(people["moderator"])
    task_state = Page.objects.get(pk=english.pk).current_workflow_state.current_task_state

    client.post(reverse("wagtailadmin_pages:workflow_action", args=[english.pk, "approve", task_state.pk]))
    client.logout()

    page = Page.objects.get(pk=english.pk)
    assert page.title.startswith("REVISED") and not page.has_unpublished_changes
    assert "REVISED" in client.get(page.url).content.decode()
