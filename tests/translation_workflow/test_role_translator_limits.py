"""What a translator must not do, tried as they would: no French page, no Delete, no Publish."""

import json
import re

from django.urls import reverse
from wagtail.models import Page

from .roles_setup import refused


def editor_props(response):
    """The props wagtail-localize's translation editor (React) is drawn from."""
    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.content.decode())
    return json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#x27;", "'"))


def test_a_translator_cannot_save_a_french_page(client, multilingual_site, people):
    french = multilingual_site["fact_sheet"]
    client.force_login(people["translator"])

    response = client.post(reverse("wagtailadmin_pages:edit", args=[french.pk]), {"title": "Hacked", "slug": "hacked"})

    assert refused(response)
    assert Page.objects.get(pk=french.pk).draft_title == "Réseau de chaleur"


def test_the_translation_editor_offers_a_translator_no_delete_and_no_publish(client, people, english_draft):
    client.force_login(people["translator"])

    props = editor_props(client.get(reverse("wagtailadmin_pages:edit", args=[english_draft.pk])))

    assert props["perms"]["canDelete"] is False
    assert props["perms"]["canPublish"] is False
    assert props["links"]["convertToAliasUrl"] is None


def test_the_translation_editor_offers_a_moderator_delete(client, people, english_draft):
    client.force_login(people["moderator"])

    props = editor_props(client.get(reverse("wagtailadmin_pages:edit", args=[english_draft.pk])))

    assert props["perms"]["canDelete"] is True
    assert props["perms"]["canPublish"] is True
    assert props["links"]["convertToAliasUrl"]


def test_the_page_explorer_shows_a_translator_no_delete(client, people, english_draft):
    delete_url = reverse("wagtailadmin_pages:delete", args=[english_draft.pk])
    client.force_login(people["translator"])

    listing = client.get(reverse("wagtailadmin_explore", args=[english_draft.get_parent().pk])).content.decode()

    assert english_draft.title in listing
    assert reverse("wagtailadmin_pages:edit", args=[english_draft.pk]) in listing
    assert delete_url not in listing
    client.force_login(people["moderator"])
    assert delete_url in client.get(reverse("wagtailadmin_explore", args=[english_draft.get_parent().pk])).content.decode()


def test_deleting_a_draft_translation_is_refused_to_a_translator(client, people, english_draft):
    client.force_login(people["translator"])

    response = client.post(reverse("wagtailadmin_pages:delete", args=[english_draft.pk]), follow=True)

    assert "Sorry, you do not have permission" in response.content.decode()
    assert Page.objects.filter(pk=english_draft.pk).exists()


def test_bulk_deletion_is_refused_to_a_translator(client, people, english_draft):
    client.force_login(people["translator"])
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={english_draft.pk}"

    response = client.post(url, follow=True)

    assert "Sorry, you do not have permission" in response.content.decode()
    assert Page.objects.filter(pk=english_draft.pk).exists()


def test_publishing_from_the_translation_editor_is_refused_to_a_translator(client, people, english_draft, django_capture_on_commit_callbacks):
    client.force_login(people["translator"])

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[english_draft.pk]), {"action": "publish"})

    assert refused(response)
    assert not Page.objects.get(pk=english_draft.pk).live
