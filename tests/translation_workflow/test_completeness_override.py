"""A moderator may publish a translation with untranslated texts, after confirming; the override is logged."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, PageLogEntry

from tests.factories import translated_page

from .po import translation_of
from .translating import translate_texts


def incomplete_english_theme(multilingual_site):
    english = translated_page(multilingual_site["theme"], "en")
    english.unpublish()
    translation = translation_of(multilingual_site["theme"], "en")
    translate_texts(translation, {"title": "Energy"})
    return english, translation


def test_the_override_lists_the_texts_and_needs_a_confirmation(admin_client, multilingual_site):
    english, translation = incomplete_english_theme(multilingual_site)
    url = reverse("translation_publish_incomplete", args=[translation.pk])

    page = admin_client.get(url)
    unconfirmed = admin_client.post(url, {})

    assert page.status_code == 200
    html = page.content.decode()
    assert "Content › Summary" in html and "Résumé de Énergie." in html
    assert unconfirmed.status_code == 200
    assert "Tick the box to publish the page with untranslated texts." in unconfirmed.content.decode()
    assert not Page.objects.get(pk=english.pk).live
    assert not PageLogEntry.objects.filter(action="translation_workflow.publish_incomplete").exists()


def test_the_override_publishes_and_is_logged_in_the_page_history(admin_client, admin_user, multilingual_site, django_capture_on_commit_callbacks):
    english, translation = incomplete_english_theme(multilingual_site)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("translation_publish_incomplete", args=[translation.pk]), {"confirm": "on"})

    assert response.status_code == 302
    assert Page.objects.get(pk=english.pk).live
    [entry] = PageLogEntry.objects.filter(page=english, action="translation_workflow.publish_incomplete")
    assert entry.user == admin_user
    assert entry.data["untranslated"] == ["Content › Summary: Résumé de Énergie."]
    expected = "Published with 1 visible text not translated (en): Content › Summary: Résumé de Énergie."
    history = admin_client.get(reverse("wagtailadmin_pages:history", args=[english.pk])).content.decode()
    site_history = admin_client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert expected in history
    assert expected in site_history


def test_only_people_who_may_publish_the_page_may_override(client, multilingual_site):
    english, translation = incomplete_english_theme(multilingual_site)
    translators = Group.objects.create(name="English translators (test)")
    translators.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(group=translators, page=translated_page(multilingual_site["home"], "en"), permission_type="change")
    translator = get_user_model().objects.create_user("tania", "tania@vivapolis.example", "secret")
    translator.groups.add(translators)
    client.force_login(translator)

    response = client.post(reverse("translation_publish_incomplete", args=[translation.pk]), {"confirm": "on"})

    assert response.status_code == 403 or response.url == reverse("wagtailadmin_home")  # Wagtail's "permission denied"
    assert not Page.objects.get(pk=english.pk).live
