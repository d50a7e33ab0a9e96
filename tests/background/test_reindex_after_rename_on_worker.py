"""Renaming a theme re-indexes its fact sheets on the worker: the editor's publication does not wait for them."""

import pytest
from django.urls import reverse
from django.utils import translation
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from search import tasks as search_tasks
from tests.factories import FactSheetPageFactory, ThemePageFactory
from tests.search.reading import result_titles

from .conftest import run_waiting_tasks

FACT_SHEETS = 3


@pytest.fixture
def theme(site_tree):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Économie circulaire")
    for number in range(FACT_SHEETS):
        FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title=f"Ressourcerie {number}", themes=[theme])
    return theme


@pytest.fixture
def bulk_indexed(monkeypatch):
    """The pages the search backends index in bulk, as the re-indexing of an option's pages does."""
    indexed = []
    real_add_bulk = search_tasks.get_search_backends_with_name

    def counting_backends(**kwargs):
        for name, backend in real_add_bulk(**kwargs):
            monkeypatch.setattr(backend, "add_bulk", lambda model, pages, real=backend.add_bulk: indexed.extend(pages) or real(model, pages))
            yield name, backend

    monkeypatch.setattr(search_tasks, "get_search_backends_with_name", counting_backends)
    return indexed


def fact_sheets_found(client, query):
    with translation.override("fr"):
        titles = result_titles(client.get(reverse("search:search"), {"q": query}))
    return sorted(title for title in titles if title.startswith("Ressourcerie"))


def test_a_renamed_theme_re_indexes_its_fact_sheets_on_the_worker(client, theme, bulk_indexed, tasks_in_database):
    theme.title = "Réemploi solidaire"
    theme.save_revision().publish()

    assert bulk_indexed == []  # nothing re-indexed while the editor waits
    assert fact_sheets_found(client, "solidaire") == []
    [queued] = DBTaskResult.objects.filter(task_path=search_tasks.reindex_pages_filed_under.module_path)
    assert queued.args_kwargs["args"] == [theme.pk]  # an id, read again when the task runs

    run_waiting_tasks()

    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL
    assert len(bulk_indexed) == FACT_SHEETS
    assert sorted(fact_sheets_found(client, "solidaire")) == [f"Ressourcerie {number}" for number in range(FACT_SHEETS)]


def test_publishing_a_fact_sheet_queues_no_re_indexing(site_tree, tasks_in_database):
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Tramway sur pneus")

    assert not DBTaskResult.objects.filter(task_path=search_tasks.reindex_pages_filed_under.module_path).exists()
