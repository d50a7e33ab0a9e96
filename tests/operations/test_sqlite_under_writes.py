"""On the embedded SQLite, an editor publishes while visitors read, and nobody meets an error."""

import pytest
from django.db import connection

from tests.factories import build_bilingual_site
from tests.factories.sites import ensure_migration_data
from tests.operations.scripts import copy_test_database, run_json_script

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site_file(tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's journal and lock settings; this run uses another database")
    ensure_migration_data()  # a transactional test before this one flushed the tables
    build_bilingual_site()
    path = tmp_path / "site.sqlite3"
    copy_test_database(path)
    return path


def test_publishing_while_visitors_read_gives_no_error(site_file):
    counts = run_json_script("tests.operations.publish_while_reading", 8, 4, database_url=f"sqlite:///{site_file}")

    assert counts["journal_mode"] == "wal"
    assert counts["reads"] > 50
    assert counts["publishes"] >= 5  # enough publishes overlapped the reads (fewer on a loaded machine)
    assert (counts["read_errors"], counts["publish_errors"]) == (0, 0), counts
