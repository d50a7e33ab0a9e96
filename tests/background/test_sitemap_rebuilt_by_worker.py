"""The sitemap is rebuilt by the worker after publications and served as stored; a publication shows at once."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from core import tasks as core_tasks
from tests.factories import FactSheetPageFactory
from tests.page_reading import sitemap_entries

from .conftest import run_waiting_tasks


def rebuilds_waiting():
    return DBTaskResult.objects.ready().filter(task_path=core_tasks.rebuild_sitemaps.module_path).count()


def publish(site_tree, slug, django_capture_on_commit_callbacks):
    page = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title=slug, slug=slug, live=False)
    with django_capture_on_commit_callbacks(execute=True):  # as when the editor's publication is committed
        page.save_revision().publish()
    return page


def test_publications_queue_one_rebuild_and_visitors_get_the_stored_sitemap(client, site_tree, tasks_in_database, django_capture_on_commit_callbacks):
    cache.clear()
    for slug in ("tramway", "telepherique", "ressourcerie"):
        publish(site_tree, slug, django_capture_on_commit_callbacks)
    built_in_the_request = client.get("/sitemap.xml").content
    assert rebuilds_waiting() == 1

    run_waiting_tasks()

    with CaptureQueriesContext(connection) as queries:
        stored = client.get("/sitemap.xml")
    assert stored.status_code == 200
    assert stored.content == built_in_the_request
    assert "http://localhost/fr/realisations/ressourcerie/" in sitemap_entries(stored)
    assert len(queries) <= 2, [query["sql"] for query in queries]  # the site; not the tree


def test_a_publication_shows_in_the_sitemap_before_the_worker_runs(client, site_tree, tasks_in_database, django_capture_on_commit_callbacks):
    cache.clear()
    publish(site_tree, "tramway", django_capture_on_commit_callbacks)
    run_waiting_tasks()

    publish(site_tree, "telepherique", django_capture_on_commit_callbacks)

    assert "http://localhost/fr/realisations/telepherique/" in sitemap_entries(client.get("/sitemap.xml"))
    assert rebuilds_waiting() == 1
