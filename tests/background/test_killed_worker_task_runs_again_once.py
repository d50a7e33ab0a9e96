"""A task left RUNNING by a worker that died runs again, once; a live worker's task is left alone."""

from datetime import timedelta

from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail_localize.tasks import background

from background.models import PeriodicRun, WorkerHeartbeat
from background.recovery import recover_orphaned_tasks

from .conftest import run_waiting_tasks
from .jobs import note_attempt


def claimed_by(job, worker_id, minutes_ago):
    """The state a worker leaves when it claims ``job`` and then dies (or goes on running)."""
    job.claim(worker_id)
    started = timezone.now() - timedelta(minutes=minutes_ago)
    DBTaskResult.objects.filter(pk=job.pk).update(started_at=started)
    WorkerHeartbeat.objects.create(worker_id=worker_id, hostname="web-1", pid=4242, started_at=started, last_seen_at=started)
    job.refresh_from_db()
    return job


def enqueued_job(tmp_path):
    background.enqueue(note_attempt, [str(tmp_path / "attempts.log")], {})
    return DBTaskResult.objects.get()


def attempts(tmp_path):
    return (tmp_path / "attempts.log").read_text().split() if (tmp_path / "attempts.log").exists() else []


def test_the_task_of_a_dead_worker_runs_again_on_the_next_worker(tmp_path, db, tasks_in_database):
    job = claimed_by(enqueued_job(tmp_path), "killed-worker", minutes_ago=5)

    run_waiting_tasks(worker_id="next-worker")

    job.refresh_from_db()
    assert job.status == TaskResultStatus.SUCCESSFUL
    assert job.worker_ids == ["killed-worker", "next-worker"]
    assert attempts(tmp_path) == ["started", "finished"]


def test_a_task_whose_worker_died_twice_is_failed_not_run_a_third_time(tmp_path, db, tasks_in_database):
    job = claimed_by(enqueued_job(tmp_path), "first-worker", minutes_ago=10)
    recover_orphaned_tasks(timezone.now())
    claimed_by(job, "second-worker", minutes_ago=5)

    run_waiting_tasks(worker_id="third-worker")

    job.refresh_from_db()
    assert job.status == TaskResultStatus.FAILED
    assert job.worker_ids == ["first-worker", "second-worker"]
    assert job.exception_class_path == "background.recovery.WorkerLost"
    assert "stopped answering, on each of its 2 attempts" in job.traceback
    assert attempts(tmp_path) == []


def test_the_task_of_a_live_worker_is_left_running(tmp_path, db, tasks_in_database):
    job = claimed_by(enqueued_job(tmp_path), "busy-worker", minutes_ago=30)  # a long job...
    WorkerHeartbeat.objects.filter(worker_id="busy-worker").update(last_seen_at=timezone.now())  # ...whose worker is alive

    run_waiting_tasks(worker_id="other-worker")

    job.refresh_from_db()
    assert job.status == TaskResultStatus.RUNNING
    assert job.worker_ids == ["busy-worker"]


def test_a_task_that_just_started_is_not_taken_for_lost(tmp_path, db, tasks_in_database):
    job = enqueued_job(tmp_path)
    job.claim("worker-without-heartbeat-yet")

    assert recover_orphaned_tasks(timezone.now()) == (0, 0)


def test_two_workers_recovering_at_once_queue_the_task_once(tmp_path, db, tasks_in_database):
    claimed_by(enqueued_job(tmp_path), "killed-worker", minutes_ago=5)
    now = timezone.now()

    assert recover_orphaned_tasks(now) == (1, 0)
    assert recover_orphaned_tasks(now) == (0, 0)


def test_one_worker_only_runs_a_periodic_command_for_a_given_minute(db):
    minute = timezone.now().replace(second=0, microsecond=0)

    assert PeriodicRun.claim("publish_scheduled", minute, "worker-a")
    assert not PeriodicRun.claim("publish_scheduled", minute, "worker-b")
    assert PeriodicRun.claim("publish_scheduled", minute + timedelta(minutes=1), "worker-b")
    assert PeriodicRun.objects.get().worker_id == "worker-b"
