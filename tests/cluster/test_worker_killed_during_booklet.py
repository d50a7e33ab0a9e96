"""The worker is killed while it renders a booklet: once started again, the task runs again and the booklet is served.

The new worker queues again a task whose worker fell silent for BACKGROUND_WORKER_LOST_AFTER seconds
(background/recovery.py); the cluster sets it low, so the whole story takes seconds, not minutes.
"""

from django.urls import reverse
from django.utils import translation

from tests.cluster.cluster import CLUSTER_TEST_MARKS, wait_until
from tests.cluster.pages import visit

pytestmark = CLUSTER_TEST_MARKS

RENDER_TASK = "showcase.pdf.tasks.render_booklet"
# The French theme filing the most fact sheets: its booklet takes the longest to render.
LONGEST_BOOKLET_SQL = """
    SELECT link.theme_id FROM showcase_factsheettheme link
    JOIN wagtailcore_page theme ON theme.id = link.theme_id
    JOIN wagtailcore_locale locale ON locale.id = theme.locale_id
    WHERE locale.language_code = 'fr' AND theme.live
    GROUP BY link.theme_id ORDER BY count(*) DESC, link.theme_id LIMIT 1
"""
RUNNING_RENDER_SQL = """
    SELECT id FROM django_tasks_database_dbtaskresult
    WHERE task_path = %s AND status = 'RUNNING' AND enqueued_at >= %s
"""
TASK_SQL = "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult WHERE id = %s"
RENDERED_PDFS = "*showcase-pdf:*"  # the booklets' PDFs, their waiting HTML and render locks in the shared cache


def forget_rendered_booklets(cluster):
    """So that the booklet is rendered again, not served from an earlier run's PDF."""
    cache = cluster.cache()
    for key in cache.scan_iter(match=RENDERED_PDFS):
        cache.delete(key)


def test_the_booklet_is_served_after_the_worker_dies_during_its_render(cluster):
    # A worker started for this test: the one running may be on its way out (it exits when PostgreSQL goes away,
    # see test_database_restart.py), which would leave the booklet waiting.
    cluster.control("stop-service", "worker")
    cluster.start("worker")
    [(theme_id,)] = cluster.query(LONGEST_BOOKLET_SQL)
    with translation.override("fr"):
        booklet_url = cluster.balancer + reverse("showcase:booklet_pdf", args=[theme_id])
    forget_rendered_booklets(cluster)
    asked_at = cluster.database_now()
    assert visit(booklet_url).status_code == 202
    running = wait_until(lambda: cluster.query(RUNNING_RENDER_SQL, RENDER_TASK, asked_at), 30, interval=0.1)
    assert running, "the worker did not start rendering the booklet within 30 s"
    [(task_id,)] = running
    cluster.control("kill-service", "worker")
    cluster.start("worker")
    finished = wait_until(lambda: cluster.query(TASK_SQL, task_id)[0][0] in ("SUCCESSFUL", "FAILED"), 45)
    status, worker_ids = cluster.query(TASK_SQL, task_id)[0]
    assert finished and status == "SUCCESSFUL", f"the render task is {status} after the worker restarted"
    assert len(worker_ids) == 2, f"the task should have been claimed by the killed worker, then by the new one: {worker_ids}"
    booklet = visit(booklet_url)
    assert booklet.status_code == 200
    assert booklet.headers["Content-Type"] == "application/pdf"
    assert booklet.content.startswith(b"%PDF")
