"""The database: SQLite by default, any database of DATABASE_URL otherwise."""

import os

import dj_database_url

from .environment import BASE_DIR

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        # A kept connection is checked before each request uses it: after the database restarts (or a failover),
        # the first request of each worker reconnects instead of failing with a 500 (tests/cluster).
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# SQLite while editors publish and visitors read: readers never wait for the writer (WAL), a writer
# takes its lock at the start of a transaction and waits up to 20 s for another one (README, "SQLite").
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A server that does not answer (rather than refusing) costs a request this many seconds at most: /readyz
    # answers 503 instead of hanging.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = int(os.environ.get("DB_CONNECT_TIMEOUT", "5"))
