"""The real worker (`manage.py run_worker`, as `make run` starts it) on a database file of its own.

A page scheduled a minute ahead goes live within two minutes with nobody running a command; a
worker killed in the middle of a task has that task run again, once, by the next worker; two
workers share the queue without running a task twice.
"""

import signal
import time

import pytest

from .processes import manage, migrated_site_environment, query, start_worker, stop, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.database_independent]  # its own SQLite file, whatever DATABASE_URL says

SCHEDULE_A_PAGE = """
from datetime import timedelta
from django.utils import timezone
from wagtail.models import Page
page = Page.get_first_root_node().add_child(instance=Page(title="Bientôt en ligne", slug="bientot", live=False))
page.go_live_at = timezone.now() + timedelta(seconds=55)
page.save_revision().publish()
print(page.pk)
"""
ENQUEUE = """
from wagtail_localize.tasks import background
from tests.background.jobs import note_attempt
for path in {paths!r}:
    background.enqueue(note_attempt, [path], {{"sleep_on_first": {sleep}}})
"""


@pytest.fixture(scope="module")
def site_environment(tmp_path_factory):
    """The `make run` settings on an empty, migrated database file; no search engine, no DeepL."""
    return migrated_site_environment(tmp_path_factory.mktemp("worker-site"))


def lines(path):
    return path.read_text().split() if path.exists() else []


def test_a_page_scheduled_a_minute_ahead_is_live_within_two_minutes(site_environment, tmp_path):
    worker = start_worker(site_environment, tmp_path, "scheduler")
    try:
        scheduled_at = time.monotonic()
        page_id = int(manage(site_environment, "shell", "-c", SCHEDULE_A_PAGE).strip().splitlines()[-1])
        assert query(site_environment, "SELECT live FROM wagtailcore_page WHERE id = ?", page_id) == [(0,)]

        went_live = wait_for(lambda: query(site_environment, "SELECT live FROM wagtailcore_page WHERE id = ?", page_id) == [(1,)], 120)

        assert went_live, (tmp_path / "scheduler.log").read_text()
        assert time.monotonic() - scheduled_at < 120
    finally:
        assert stop(worker) == 0
    assert not query(site_environment, "SELECT 1 FROM background_workerheartbeat WHERE worker_id = 'scheduler'")


def test_the_task_of_a_killed_worker_runs_again_once(site_environment, tmp_path):
    attempts = tmp_path / "attempts.log"
    first = start_worker(site_environment, tmp_path, "first")
    manage(site_environment, "shell", "-c", ENQUEUE.format(paths=[str(attempts)], sleep=120))
    assert wait_for(lambda: lines(attempts) == ["started"], 30)

    first.send_signal(signal.SIGKILL)  # no time to finish, nor to say anything
    first.wait(timeout=10)
    second = start_worker(site_environment, tmp_path, "second")
    try:
        assert wait_for(lambda: lines(attempts) == ["started", "started", "finished"], 60), (tmp_path / "second.log").read_text()
    finally:
        stop(second)
    [(status, worker_ids)] = query(site_environment, "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult WHERE args_kwargs LIKE ?", f"%{attempts}%")
    assert (status, worker_ids) == ("SUCCESSFUL", '["first", "second"]')


def test_two_workers_share_the_queue_and_run_each_task_once(site_environment, tmp_path):
    logs = [tmp_path / f"job-{n}.log" for n in range(8)]
    workers = [start_worker(site_environment, tmp_path, name) for name in ("left", "right")]
    try:
        manage(site_environment, "shell", "-c", ENQUEUE.format(paths=[str(log) for log in logs], sleep=0))
        assert wait_for(lambda: all(lines(log) == ["started", "finished"] for log in logs), 60)
        time.sleep(2)  # a task run twice would show by now
    finally:
        assert [stop(worker) for worker in workers] == [0, 0]
    assert [lines(log) for log in logs] == [["started", "finished"]] * 8
