"""Publishing fact sheets queues one export for the worker, however many are published before it runs."""

from django.core.files.storage import default_storage
from django_tasks_db.models import DBTaskResult

from opendata.signals import EXPORT_TASK_PATH
from tests.background.conftest import TASKS_IN_DATABASE
from tests.factories import FactSheetPageFactory


def test_publishing_many_fact_sheets_queues_one_export(settings, bilingual_site, django_capture_on_commit_callbacks):
    settings.TASKS = TASKS_IN_DATABASE
    for number in range(3):
        fact_sheet = FactSheetPageFactory(parent=bilingual_site["fact_sheet_index"], title=f"Fiche {number}", themes=[bilingual_site["theme"]])
        with django_capture_on_commit_callbacks(execute=True):
            fact_sheet.save_revision().publish()
    waiting = DBTaskResult.objects.ready().filter(task_path=EXPORT_TASK_PATH)
    assert waiting.count() == 1
    waiting.get().task.call()  # plays the worker
    assert default_storage.exists("opendata/fact-sheets-fr.csv")
