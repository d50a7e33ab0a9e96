"""One load_demo build for the whole tests/demo package: it is the expensive part.

The build runs in a transaction rolled back after the package's last test; each test runs in a
savepoint within it, so a test may change what was built without affecting the others.
"""

import shutil
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings

from demo import catalogues, content

from .crawling import crawl
from .helpers import count_every_model


@pytest.fixture(scope="package")
def demo_run(django_db_setup, django_db_blocker, tmp_path_factory):
    """load_demo run three times: with accounts, again, then without accounts; outputs and counts after each."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media")):
        cache.clear()
        with transaction.atomic():
            outputs, counts = [], []
            for arguments in (["--with-accounts"], ["--with-accounts"], []):
                output = StringIO()
                call_command("load_demo", *arguments, stdout=output)
                outputs.append(output.getvalue())
                counts.append(count_every_model())
            yield {"outputs": outputs, "counts": counts}
            transaction.set_rollback(True)
        cache.clear()  # nothing cached from the demo site (its Site, settings...) outlives it


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A copy of demo/data that the demo commands read instead, for a test to spoil."""
    copy = tmp_path / "data"
    shutil.copytree(content.DATA_DIR, copy)
    monkeypatch.setattr(content, "DATA_DIR", copy)
    return copy


@pytest.fixture
def locale_dir(tmp_path, monkeypatch):
    """A copy of demo/catalogues that the demo commands read and write instead."""
    copy = tmp_path / "locale"
    shutil.copytree(catalogues.LOCALE_DIR, copy)
    monkeypatch.setattr(catalogues, "LOCALE_DIR", copy)
    return copy


@pytest.fixture(scope="package")
def crawled(demo_run, django_db_blocker):
    """``{path: PageLinks}``: the demo site crawled once from its six home pages (tests/demo/crawling.py)."""
    with django_db_blocker.unblock():
        return crawl(Client())
