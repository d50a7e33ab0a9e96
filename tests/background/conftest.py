"""Tests of the background worker: jobs stored in the database, run by the worker, in English."""

import pytest

from background.worker import run_worker
from tests.factories.editing import set_admin_language

TASKS_IN_DATABASE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


@pytest.fixture
def admin_client(admin_client, admin_user):
    """A superuser whose admin speaks English, so that messages read as in the code."""
    set_admin_language(admin_user, "en")
    return admin_client


@pytest.fixture
def tasks_in_database(settings, monkeypatch):
    """Jobs wait in the database, as on the site, until ``run_waiting_tasks()`` plays the worker.

    The worker closes stale connections between tasks; inside a test's transaction that would
    close the test's own connection, so that step is left out here (the slow tests run the real thing).
    """
    settings.TASKS = TASKS_IN_DATABASE
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)


def run_waiting_tasks(worker_id="test-worker"):
    """What the worker does when it wakes: one housekeeping round, then every task waiting."""
    run_worker(worker_id=worker_id, batch=True)
