"""One worker process: django-tasks-db's task loop, and a housekeeping thread beside it.

The task loop is django-tasks-db's own ``Worker``: it claims one READY task at a time (on
PostgreSQL with ``SELECT … FOR UPDATE SKIP LOCKED``, on SQLite inside an exclusive transaction),
so several workers, on one machine or several, never run the same task twice. The housekeeping
thread writes the worker's heartbeat, re-queues the tasks of workers that died (``recovery``) and
runs the periodic commands (``schedule``); it wakes every few seconds and at each new minute.
"""

import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError, close_old_connections, connection, connections
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker as TaskLoop

from background import recovery, schedule
from background.models import WorkerHeartbeat

logger = logging.getLogger(__name__)

TASK_BACKEND = "background"
RECONNECT_AFTER = 2  # seconds between two attempts while the database is away (restarted, failed over)
HEARTBEATS_PER_LOST_AFTER = 4  # a worker is taken for dead only after missing several heartbeats


def heartbeat_every():
    return min(10, settings.BACKGROUND_WORKER_LOST_AFTER / HEARTBEATS_PER_LOST_AFTER)


def new_worker_id():
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{get_random_string(8)}"


class Housekeeping(threading.Thread):
    def __init__(self, worker_id):
        super().__init__(name="background-housekeeping", daemon=True)
        self.worker_id = worker_id
        self.stopping = threading.Event()

    def step(self, now):
        """One round: heartbeat, recovery, periodic commands. Run by the thread, and by tests with any clock."""
        WorkerHeartbeat.beat(self.worker_id, socket.gethostname(), os.getpid(), now)
        requeued, failed = recovery.recover_orphaned_tasks(now)
        if requeued or failed:
            logger.warning("Tasks of workers that died: %d queued again, %d failed after their last attempt.", requeued, failed)
        recovery.forget_silent_workers(now)
        schedule.run_due_commands(now, self.worker_id)

    def run(self):
        try:
            while not self.stopping.is_set():
                close_old_connections()
                now = timezone.now()
                try:
                    self.step(now)
                except Exception:
                    logger.exception("Background housekeeping failed; trying again at the next round.")
                self.stopping.wait(min(heartbeat_every(), schedule.seconds_until_next_period(timezone.now())))
        finally:
            connection.close()

    def stop(self):
        self.stopping.set()
        self.join(timeout=30)


def run_worker(*, worker_id=None, interval=1.0, batch=False):
    """Run the background tasks until stopped (SIGINT or SIGTERM: the running task is finished first).

    With ``batch``, run one housekeeping round and the tasks waiting, then return.
    """
    worker_id = worker_id or new_worker_id()
    housekeeping = Housekeeping(worker_id)
    housekeeping.step(timezone.now())  # orphans are queued again before this worker claims anything
    task_loop = TaskLoop(
        queue_names=["*"],
        excluded_queue_names=[],
        interval=interval,
        batch=batch,
        backend_name=TASK_BACKEND,
        startup_delay=not batch,
        max_tasks=None,
        worker_id=worker_id,
    )
    try:
        if not batch:
            logger.info("Background worker %s started.", worker_id)
            housekeeping.start()
            task_loop.configure_signals()
        run_through_database_outages(task_loop, batch)
    finally:
        if housekeeping.is_alive():
            housekeeping.stop()
        WorkerHeartbeat.objects.filter(worker_id=worker_id).delete()


def run_through_database_outages(task_loop, batch=False):
    """django-tasks-db's loop, started again whenever it stops because the database went away.

    Its loop lets a lost connection through and would end the worker when PostgreSQL restarts; a task
    it had claimed is run again by the recovery (``recovery``) once its heartbeat is stale.
    """
    while True:
        try:
            task_loop.run()
            return
        except (OperationalError, InterfaceError):
            if batch or not task_loop.running:
                raise
            logger.warning("The database cannot be reached; the worker tries again in %d s.", RECONNECT_AFTER, exc_info=True)
            connections.close_all()
            time.sleep(RECONNECT_AFTER)
