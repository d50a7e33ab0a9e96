"""The sitemap of each site, rebuilt by the background worker after a publication and served as stored.

A sitemap lists every live page in six languages: building it reads the whole tree. The visitors'
requests serve the XML the worker stored in the shared cache (``core.sitemaps.stored_sitemap``); a
publication, unpublication, move, deletion or change of who may see a page forgets it at once (the
next requests build it as before, until the worker has stored the new one) and queues one rebuild,
however many pages are published in a row.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django_tasks import task
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import sitemaps


@task(backend="background")
def rebuild_sitemaps():
    sitemaps.store_sitemaps()


def enqueue_unless_waiting():
    if not DBTaskResult.objects.ready().filter(task_path=rebuild_sitemaps.module_path).exists():
        rebuild_sitemaps.enqueue()


def sitemaps_changed(sender, **kwargs):
    cache.delete(sitemaps.STORED_SITEMAPS_KEY)
    # Once committed: the rebuild must read the change (and the test suite, which never commits, rebuilds nothing).
    transaction.on_commit(enqueue_unless_waiting)


SIGNALS = (
    (page_published, None),
    (page_unpublished, None),
    (post_page_move, None),
    (post_delete, Page),
    (post_save, PageViewRestriction),
    (post_delete, PageViewRestriction),
)


def connect():
    for number, (signal, sender) in enumerate(SIGNALS):
        signal.connect(sitemaps_changed, sender=sender, dispatch_uid=f"core_sitemaps_changed_{number}")


def disconnect():
    for number, (signal, sender) in enumerate(SIGNALS):
        signal.disconnect(sender=sender, dispatch_uid=f"core_sitemaps_changed_{number}")
