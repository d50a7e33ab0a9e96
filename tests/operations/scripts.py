"""Run a project script in its own process on a database file, as a deployment would."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from django.db import connection

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def copy_test_database(target):
    """The test database (committed data only: use a transactional test) copied into the SQLite file ``target``."""
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    with copy:
        connection.connection.backup(copy)
    copy.close()


def run_json_script(module, *arguments, database_url, timeout=300, **environment):
    """Run ``python -m module arguments`` on ``database_url``; its last output line is JSON, returned as data."""
    inherited = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env = {**inherited, "DJANGO_SETTINGS_MODULE": "vivapolis.settings.test", "DATABASE_URL": database_url, **environment}
    result = subprocess.run(
        [sys.executable, "-m", module, *map(str, arguments)],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])
