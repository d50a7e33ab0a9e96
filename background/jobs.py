"""wagtail-localize's bulk jobs, run as django-tasks tasks.

wagtail-localize sends its long jobs (translating a subtree, synchronising a locale's tree) to
``wagtail_localize.tasks.background``, a backend chosen by the ``WAGTAILLOCALIZE_JOBS`` setting.
``TaskJobBackend`` is that backend: it enqueues each job as the ``run_job`` task on the django-tasks
backend named by its ``TASK_BACKEND`` option, which the worker (``manage.py run_worker``) runs.
The project's own jobs (``translation_workflow.companions``) go through the same door.
"""

import logging

from django.utils.module_loading import import_string
from django_tasks import task
from wagtail_localize.tasks import BaseJobBackend

from background.arguments import NotStorable, decoded, encoded

logger = logging.getLogger(__name__)


@task()
def run_job(function_path, args, kwargs):
    """Call a module-level function named by its dotted path, with arguments stored as JSON."""
    function = import_string(function_path)
    function(*decoded(args), **decoded(kwargs))


def dotted_path(function):
    path = f"{function.__module__}.{function.__qualname__}"
    if "<" in path:  # a lambda or a function defined inside another: no other process can find it
        raise NotStorable(f"{path} is not a module-level function")
    return path


class TaskJobBackend(BaseJobBackend):
    def __init__(self, options):
        super().__init__(options)
        self.task_backend = options.get("TASK_BACKEND", "default")

    def enqueue(self, func, args, kwargs):
        try:
            stored = (dotted_path(func), encoded(list(args)), encoded(dict(kwargs)))
        except NotStorable as reason:
            # Nothing is lost: the job runs here and now, as it would without a worker.
            logger.warning("Running %s in the request: %s", func, reason)
            func(*args, **kwargs)
            return
        run_job.using(backend=self.task_backend).enqueue(*stored)
