"""``manage.py run_worker``: the background tasks, and Wagtail's ``publish_scheduled`` every minute."""

import logging

from django.core.management.base import BaseCommand

from background.worker import run_worker

WORKER_LOGGERS = ("background", "django_tasks", "django_tasks_db")
LEVELS = {0: logging.WARNING, 1: logging.INFO}


class Command(BaseCommand):
    help = (
        "Runs the background tasks (bulk translations, syncs) and, every minute, publishes the pages "
        "scheduled to go live. Run one per machine, or several: no task runs twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between two looks for new tasks when idle.")
        parser.add_argument("--batch", action="store_true", help="Run what is due now, then stop (for cron or a one-off).")
        parser.add_argument("--worker-id", default=None, help="A name unique to this worker (default: host, process and a random part).")

    def handle(self, *args, interval, batch, worker_id, verbosity, **options):
        self.show_logs(LEVELS.get(verbosity, logging.DEBUG))
        run_worker(worker_id=worker_id, interval=interval, batch=batch)

    def show_logs(self, level):
        handler = logging.StreamHandler(self.stdout)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        for name in WORKER_LOGGERS:
            logger = logging.getLogger(name)
            logger.setLevel(level)
            logger.addHandler(handler)
            logger.propagate = False
