"""Visitors read pages in threads while an editor publishes: counts of errors on each side, as JSON.

``python -m tests.operations.publish_while_reading SECONDS READERS [rollback-journal]`` on the database of
DATABASE_URL; ``rollback-journal`` runs with Django's SQLite defaults instead of the project's, to compare.
"""

import json
import sys
import threading
import time

import django
from django.conf import settings

django.setup()

from django.db import connections, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402

HOLD_LOCK_SECONDS = 3
PUBLISHED_PAGES = 10
READ_PAGES = 30


def read(urls, stop, counts, lock):
    client = Client(raise_request_exception=False)
    while not stop.is_set():
        for url in urls:
            try:
                failed = client.get(url).status_code >= 500
            except Exception:  # noqa: BLE001 - every failure a visitor would meet counts
                failed = True
            with lock:
                counts["reads"] += 1
                counts["read_errors"] += failed
    connections.close_all()


def publish(pages, seconds, counts):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for page in pages[:PUBLISHED_PAGES]:
            if time.monotonic() >= deadline:
                return
            try:
                page.refresh_from_db()
                page.title = f"{page.title.split(' #')[0]} #{counts['publishes']}"
                page.save_revision().publish()
            except Exception:  # noqa: BLE001
                counts["publish_errors"] += 1
            counts["publishes"] += 1
            time.sleep(0.05)


def hold_write_lock(page):
    """An editor's long transaction (a big publish, a bulk import) that keeps the write lock for a while."""
    with transaction.atomic():
        Page.objects.filter(pk=page.pk).update(title=page.title)
        time.sleep(HOLD_LOCK_SECONDS)
    connections.close_all()


def main(seconds, readers, mode):
    if mode == "rollback-journal":
        settings.DATABASES["default"]["OPTIONS"] = {"init_command": "PRAGMA journal_mode=DELETE"}
    pages = [page.specific for page in Page.objects.filter(depth__gt=1).live()]
    urls = [page.url for page in pages[:READ_PAGES]] + ["/fr/recherche/?q=energie"]
    counts = {"reads": 0, "read_errors": 0, "publishes": 0, "publish_errors": 0}
    stop, lock = threading.Event(), threading.Lock()
    threads = [threading.Thread(target=read, args=(urls, stop, counts, lock)) for _reader in range(readers)]
    threads.append(threading.Thread(target=hold_write_lock, args=(pages[0],)))
    for thread in threads:
        thread.start()
    publish(pages, seconds, counts)
    stop.set()
    for thread in threads:
        thread.join()
    journal = connections["default"].cursor().execute("PRAGMA journal_mode").fetchone()[0]
    print(json.dumps({**counts, "journal_mode": journal}))


if __name__ == "__main__":
    main(float(sys.argv[1]), int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "project")
