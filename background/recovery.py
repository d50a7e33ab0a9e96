"""The task of a worker that died runs again, once.

django-tasks-db marks a task RUNNING when a worker claims it and never looks at it again: a worker
killed in the middle (power cut, out of memory, ``kill -9``, a deploy) leaves it RUNNING for ever
(RealOrangeOne/django-tasks#46, still open). Here every worker writes a heartbeat
(``WorkerHeartbeat``); a RUNNING task whose worker has been silent for ``BACKGROUND_WORKER_LOST_AFTER``
seconds goes back to READY, and the next free worker runs it. A claim appends the worker's id to
``worker_ids``, so a task that has already been claimed twice is not re-queued again: it is marked
failed with ``WorkerLost``, visible in the tasks list, rather than run a third time.
"""

from datetime import timedelta

from django.conf import settings
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from background.models import WorkerHeartbeat

MAX_ATTEMPTS = 2
WORKER_LOST_MESSAGE = "The worker running this task stopped answering, on each of its {attempts} attempts."


class WorkerLost(Exception):
    """Recorded as the error of a task whose worker died on its last attempt."""


def lost_after():
    return timedelta(seconds=settings.BACKGROUND_WORKER_LOST_AFTER)


def orphaned_tasks(now):
    """RUNNING tasks whose last worker has not written its heartbeat for too long (or never did)."""
    silent_since = now - lost_after()
    alive = set(WorkerHeartbeat.objects.filter(last_seen_at__gte=silent_since).values_list("worker_id", flat=True))
    running = DBTaskResult.objects.running().filter(started_at__lt=silent_since)
    return [task for task in running if not task.worker_ids or task.worker_ids[-1] not in alive]


def recover_orphaned_tasks(now):
    """Re-queue the orphans that have attempts left, fail the others; return both counts.

    Each change only applies while the task is still the one read (same status and start time),
    so two workers recovering at once change it once.
    """
    requeued = failed = 0
    for task in orphaned_tasks(now):
        unchanged = DBTaskResult.objects.filter(pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at)
        if len(task.worker_ids) < MAX_ATTEMPTS:
            requeued += unchanged.update(status=TaskResultStatus.READY, started_at=None)
        else:
            failed += unchanged.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=f"{WorkerLost.__module__}.{WorkerLost.__qualname__}",
                traceback=WORKER_LOST_MESSAGE.format(attempts=len(task.worker_ids)),
            )
    return requeued, failed


def forget_silent_workers(now):
    """Heartbeats of workers gone for a day are no longer needed to judge their tasks."""
    WorkerHeartbeat.objects.filter(last_seen_at__lt=now - timedelta(days=1)).delete()
