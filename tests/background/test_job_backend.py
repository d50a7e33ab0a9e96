"""wagtail-localize's jobs go to the worker through ``background.jobs.TaskJobBackend``."""

import logging

from django.contrib.messages import get_messages
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.tasks import background

from background.jobs import TaskJobBackend
from tests.factories import ThemePageFactory, translate
from translation_workflow.completeness import untranslated_texts

from .conftest import run_waiting_tasks
from .jobs import retitle


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_the_site_sends_wagtail_localize_jobs_to_the_worker():
    assert isinstance(background, TaskJobBackend)
    assert background.task_backend == "background"


def test_a_job_with_pages_and_users_is_stored_and_run_with_them_as_they_are_then(site_tree, admin_user, tasks_in_database):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")

    background.enqueue(retitle, [theme, "Transports"], {"user": admin_user})

    [job] = DBTaskResult.objects.all()
    assert job.args_kwargs["args"] == ["tests.background.jobs.retitle", [{"__model__": "themes.ThemePage", "pk": theme.pk}, "Transports"], {"user": {"__model__": "auth.User", "pk": admin_user.pk}}]
    admin_user.username = "chef-de-projet"
    admin_user.save()

    run_waiting_tasks()

    job.refresh_from_db()
    assert job.status == TaskResultStatus.SUCCESSFUL, job.traceback
    theme.refresh_from_db()
    assert theme.title == "Transports (chef-de-projet)"


def test_a_job_that_cannot_be_stored_runs_at_once(site_tree, admin_user, tasks_in_database, caplog):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")

    def not_found_by_the_worker(page):
        page.title = "Transports"
        page.save()

    with caplog.at_level(logging.WARNING, logger="background.jobs"):
        background.enqueue(not_found_by_the_worker, [theme], {})

    assert not DBTaskResult.objects.exists()
    theme.refresh_from_db()
    assert theme.title == "Transports"
    assert "is not a module-level function" in caplog.text


def test_a_section_submitted_with_its_subtree_is_translated_by_the_worker(admin_client, all_locales, site_tree, tasks_in_database):
    translate(site_tree["home"], "es")
    themes = [ThemePageFactory(parent=site_tree["theme_index"], title=title) for title in ("Mobilité", "Énergie")]
    spanish = all_locales["es"]

    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[site_tree["theme_index"].pk]),
        {"locales": [spanish.pk], "include_subtree": "on"},
    )

    assert response.status_code == 302
    [message] = messages_of(response)
    assert "The pages below it are being translated in the background" in message
    assert site_tree["theme_index"].has_translation(spanish)  # the section itself, at once, to lead somewhere
    assert not any(theme.has_translation(spanish) for theme in themes)

    run_waiting_tasks()

    assert all(theme.has_translation(spanish) for theme in themes)


def test_a_page_submitted_alone_says_nothing_of_the_background(admin_client, all_locales, site_tree, tasks_in_database):
    translate(site_tree["home"], "es")
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")
    translate(site_tree["theme_index"], "es")

    response = admin_client.post(reverse("wagtail_localize:submit_page_translation", args=[theme.pk]), {"locales": [all_locales["es"].pk]})

    [message] = messages_of(response)
    assert "background" not in message
    assert theme.has_translation(all_locales["es"])
    assert not DBTaskResult.objects.exists()


def test_sync_translated_pages_runs_on_the_worker(admin_client, client, locales, site_tree, tasks_in_database):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Énergie", slug="energie", summary="Une coopération ancienne.")
    for page in (site_tree["home"], site_tree["theme_index"], theme):
        translate(page, "en")
    theme.summary = "Une coopération renouvelée."
    theme.save_revision().publish()
    source = TranslationSource.objects.get(object_id=theme.translation_key, locale=theme.locale)
    english_url = theme.get_translation(locales["en"]).url

    response = admin_client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"})

    assert response.status_code == 302
    assert messages_of(response) == ["The translations of “Énergie” are being updated in the background and will be ready in a few moments."]
    assert "renouvelée" not in client.get(english_url).content.decode()

    run_waiting_tasks()

    # The new French text reached the English translation, where it waits for its translator:
    # "Publish immediately" publishes complete translations only, never a French text.
    translation = Translation.objects.get(source=source, target_locale=locales["en"])
    assert "Une coopération renouvelée." in [text.source for text in untranslated_texts(translation)]
    assert "renouvelée" not in client.get(english_url).content.decode()
