"""Two real workers (`manage.py run_worker`) on one database share twenty tasks: each runs exactly once.

On PostgreSQL (``DATABASE_URL``) the workers run on the test database itself and claim tasks with
``SELECT … FOR UPDATE SKIP LOCKED``; on SQLite, whose in-memory test database other processes cannot
open, on a database file of their own, where a claim is an exclusive transaction.
"""

import json
import os
from collections import Counter

import pytest
from django.db import connection

from .processes import manage, migrated_site_environment, query, start_worker, stop, wait_for

pytestmark = pytest.mark.slow

TASKS = 20
ENQUEUE = """
from wagtail_localize.tasks import background
from tests.background.jobs import append_line
for number in range({tasks}):
    background.enqueue(append_line, [{path!r}, f"task-{{number}}"], {{"sleep": 0.5}})
"""
TASK_ROWS = "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult"


def environment_on_test_database(folder):
    """The `make run` settings on pytest-django's PostgreSQL test database (the test commits: ``transactional_db``)."""
    database = connection.settings_dict
    host, port = database["HOST"] or "127.0.0.1", database["PORT"] or 5432
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vivapolis.settings.dev",
        "DATABASE_URL": f"postgresql://{database['USER']}:{database['PASSWORD']}@{host}:{port}/{database['NAME']}",
        "MEDIA_ROOT": str(folder / "media"),
        "SEARCH_URL": "",
        "DEEPL_API_KEY": "",
        "BACKGROUND_WORKER_LOST_AFTER": "2",
    }


@pytest.fixture
def site_environment(transactional_db, tmp_path):
    if connection.vendor == "postgresql":
        return environment_on_test_database(tmp_path)
    return migrated_site_environment(tmp_path)


def task_rows(environment):
    """``(status, worker ids)`` of every task, read as the workers wrote them."""
    rows = query(environment, TASK_ROWS)
    return [(status, worker_ids if isinstance(worker_ids, list) else json.loads(worker_ids)) for status, worker_ids in rows]


def test_two_workers_run_each_of_twenty_tasks_exactly_once(site_environment, tmp_path):
    runs = tmp_path / "runs.log"
    workers = [start_worker(site_environment, tmp_path, name) for name in ("worker-a", "worker-b")]
    try:
        manage(site_environment, "shell", "-c", ENQUEUE.format(tasks=TASKS, path=str(runs)))
        finished = wait_for(lambda: all(status == "SUCCESSFUL" for status, _ in task_rows(site_environment)), 90)
        assert finished, (tmp_path / "worker-a.log").read_text() + (tmp_path / "worker-b.log").read_text()
    finally:
        assert [stop(worker) for worker in workers] == [0, 0]

    assert Counter(runs.read_text().split()) == {f"task-{number}": 1 for number in range(TASKS)}
    rows = task_rows(site_environment)
    assert len(rows) == TASKS
    assert all(len(worker_ids) == 1 for _, worker_ids in rows)
    assert {worker_ids[0] for _, worker_ids in rows} == {"worker-a", "worker-b"}  # both took their share
