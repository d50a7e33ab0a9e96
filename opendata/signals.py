"""Publishing or unpublishing a fact sheet, in any language, queues a new export of the open data files.

One export waiting is enough: it reads the database when it runs, so publishing fifty fact sheets
in a row (``load_demo``, a bulk publish) queues one export, not fifty.
"""

from django.db import transaction
from django_tasks_db.models import DBTaskResult
from wagtail.signals import page_published, page_unpublished

from opendata.tasks import export_open_data
from showcase.models import FactSheetPage

EXPORT_TASK_PATH = export_open_data.module_path


def enqueue_unless_waiting():
    if not DBTaskResult.objects.ready().filter(task_path=EXPORT_TASK_PATH).exists():
        export_open_data.enqueue()


def queue_export(sender, **kwargs):
    # Once the publication is committed: the export must read it (and the test suite, which never
    # commits, does not export at every fact sheet it publishes).
    transaction.on_commit(enqueue_unless_waiting)


def connect():
    page_published.connect(queue_export, sender=FactSheetPage, dispatch_uid="opendata_export_on_publish")
    page_unpublished.connect(queue_export, sender=FactSheetPage, dispatch_uid="opendata_export_on_unpublish")
