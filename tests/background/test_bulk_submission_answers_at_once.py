"""A theme submitted with its fact sheets into three languages: the editor gets an answer at once,
and the translations appear, as drafts, once the worker has run."""

import time

from django.contrib.messages import get_messages
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.factories import FactSheetPageFactory, ThemePageFactory, translate

from .conftest import run_waiting_tasks

LANGUAGES = ("en", "es", "pt")


def theme_with_fact_sheets(site_tree, count=2):
    for code in LANGUAGES:
        for name in ("home", "theme_index", "fact_sheet_index"):
            translate(site_tree[name], code)
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Énergie")
    fact_sheets = [
        FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title=f"Réseau de chaleur {n}", themes=[theme]) for n in range(count)
    ]
    return theme, fact_sheets


def test_the_request_answers_at_once_and_the_worker_makes_the_translations(admin_client, all_locales, site_tree, tasks_in_database):
    theme, fact_sheets = theme_with_fact_sheets(site_tree)
    languages = [all_locales[code] for code in LANGUAGES]

    started = time.perf_counter()
    response = admin_client.post(reverse("translate_with_companions", args=[theme.pk]), {"locales": [locale.pk for locale in languages]})
    answered_in = time.perf_counter() - started

    assert response.status_code == 302
    assert answered_in < 2, f"the submission took {answered_in:.1f} s"
    [message] = [str(message) for message in get_messages(response.wsgi_request)]
    assert "“Énergie” and 2 related pages were submitted for translation into" in message
    assert "being prepared in the background" in message
    assert not any(page.has_translation(locale) for page in (theme, *fact_sheets) for locale in languages)
    [job] = DBTaskResult.objects.all()
    assert job.status == TaskResultStatus.READY

    run_waiting_tasks()

    job.refresh_from_db()
    assert job.status == TaskResultStatus.SUCCESSFUL
    for locale in languages:
        for page in (theme, *fact_sheets):
            assert not page.get_translation(locale).live, (page.title, locale)  # drafts, as before
        editing = admin_client.get(reverse("wagtailadmin_pages:edit", args=[theme.get_translation(locale).pk]))
        assert editing.status_code == 200


def test_without_a_worker_nothing_is_lost(admin_client, all_locales, site_tree, tasks_in_database):
    """Jobs wait in the database for as long as no worker runs: the first worker to start makes them."""
    theme, fact_sheets = theme_with_fact_sheets(site_tree, count=1)
    english = all_locales["en"]

    admin_client.post(reverse("translate_with_companions", args=[theme.pk]), {"locales": [english.pk]})
    admin_client.post(reverse("translate_with_companions", args=[theme.pk]), {"locales": [english.pk]})  # asked twice

    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 2
    run_waiting_tasks()
    assert DBTaskResult.objects.filter(status=TaskResultStatus.SUCCESSFUL).count() == 2
    assert theme.get_translations().filter(locale=english).count() == 1  # made once: the second job finds it done
    assert fact_sheets[0].has_translation(english)
