"""A backup restored into a fresh database serves every URL of every language as before, search included."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from tests.factories import build_multilingual_site
from tests.factories.sites import ensure_migration_data
from tests.operations.crawl import crawl, site_urls
from tests.operations.scripts import run_json_script

pytestmark = pytest.mark.django_db(transaction=True)


def restored_database_url(tmp_path):
    """A fresh database of the same kind as the test database's."""
    if connection.vendor == "sqlite":
        return f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    if connection.vendor != "postgresql":
        pytest.skip(f"backups cover SQLite and PostgreSQL, not {connection.vendor}")
    name = f"{connection.settings_dict['NAME']}_restored"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    params = connection.settings_dict
    return f"postgresql://{params['USER']}:{params['PASSWORD']}@{params['HOST'] or 'localhost'}:{params['PORT'] or 5432}/{name}"


@pytest.fixture
def site(client):
    ensure_migration_data()  # a transactional test before this one flushed the tables
    build_multilingual_site()
    # Renditions are made on first view: the original has them before the backup, as a live site does.
    return crawl(site_urls())


def test_a_restored_backup_serves_every_url_as_before(site, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=StringIO())
    original = crawl(site_urls())

    restored = run_json_script(
        "tests.operations.crawl", "restore", archive, tmp_path / "restored-media", database_url=restored_database_url(tmp_path)
    )

    assert sorted(restored) == sorted(original)
    assert len(original) > 30
    assert {status for status, _content in original.values()} == {200}
    different = [url for url in original if restored[url] != original[url]]
    assert not different, different
    found = [url for url, (_status, content) in original.items() if "?q=" in url and 'class="search-result ' in content]
    assert found, "the searches found nothing before the backup: nothing to compare"

