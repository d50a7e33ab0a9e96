"""A booklet's PDF is rendered by the worker: the visitor is told at once it is being prepared, and gets it next time."""

import threading
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from showcase.pdf import tasks as pdf_tasks
from tests import factories
from tests.showcase.pdf_support import page_texts, read_pdf, require_weasyprint

from .conftest import run_waiting_tasks

VISITORS = 50


@pytest.fixture
def theme(site_tree):
    require_weasyprint()
    cache.clear()
    theme = factories.ThemePageFactory(parent=site_tree["theme_index"], title="Nature en ville")
    factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Toitures végétalisées", themes=[theme])
    return theme


@pytest.fixture
def booklet_url(theme):
    return reverse("showcase:booklet_pdf", args=[theme.pk])


def render_tasks():
    return DBTaskResult.objects.filter(task_path=pdf_tasks.render_booklet.module_path)


def test_first_request_is_answered_at_once_and_the_next_one_after_the_render_gets_the_pdf(client, booklet_url, tasks_in_database):
    first = client.get(booklet_url)
    again = client.get(booklet_url)

    assert first.status_code == again.status_code == 202
    assert first["Retry-After"] == "5"
    assert "no-store" in first["Cache-Control"]
    page = first.content.decode()
    assert "Le livret est en préparation" in page  # the visitor's language (the booklet's address is French)
    assert f'href="{booklet_url}"' in page
    [queued] = render_tasks()
    assert queued.status == TaskResultStatus.READY

    run_waiting_tasks()

    ready = client.get(booklet_url)
    assert ready.status_code == 200
    assert ready["Content-Type"] == "application/pdf"
    assert "Toitures végétalisées" in "\n".join(page_texts(read_pdf(ready)))
    assert render_tasks().get().status == TaskResultStatus.SUCCESSFUL


def test_a_new_fact_sheet_in_the_booklet_queues_a_new_render(client, theme, booklet_url, site_tree, tasks_in_database):
    client.get(booklet_url)
    run_waiting_tasks()
    factories.FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Jardins partagés", themes=[theme])

    assert client.get(booklet_url).status_code == 202
    run_waiting_tasks()

    assert "Jardins partagés" in "\n".join(page_texts(read_pdf(client.get(booklet_url))))
    assert render_tasks().count() == 2


def test_visitors_asking_at_the_same_time_queue_one_render(monkeypatch):
    queued = []
    monkeypatch.setattr(pdf_tasks, "render_booklet", SimpleNamespace(enqueue=lambda *args: queued.append(args)))
    cache.clear()
    start = threading.Barrier(VISITORS)

    def visitor():
        start.wait()
        pdf_tasks.queue_render("showcase-pdf:test-booklet", "<html>booklet</html>", "http://testserver/")

    threads = [threading.Thread(target=visitor) for _ in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert queued == [("showcase-pdf:test-booklet", "http://testserver/")]
