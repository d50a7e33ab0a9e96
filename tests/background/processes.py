"""The site's own processes (`manage.py` commands, the worker, the web server) on a database file of their own."""

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]


def migrated_site_environment(folder):
    """The `make run` settings on an empty, migrated database file in ``folder``; no search engine, no DeepL."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vivapolis.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
        "SEARCH_URL": "",
        "DEEPL_API_KEY": "",
        "BACKGROUND_WORKER_LOST_AFTER": "2",
    }
    manage(environment, "migrate", "--noinput", "--verbosity", "0")
    return environment


def manage(environment, *arguments):
    done = subprocess.run([sys.executable, "manage.py", *arguments], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def query(environment, sql, *parameters):
    """Rows of ``sql`` (``?`` placeholders) on the processes' database: their SQLite file, or PostgreSQL."""
    url = environment["DATABASE_URL"]
    if url.startswith("postgres"):
        with psycopg.connect(url, autocommit=True) as database:
            return database.execute(sql.replace("?", "%s"), parameters).fetchall()
    with sqlite3.connect(url.removeprefix("sqlite:///"), timeout=30) as database:
        return database.execute(sql, parameters).fetchall()


def start_worker(environment, tmp_path, name):
    log = (tmp_path / f"{name}.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--worker-id", name], cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT
    )
    wait_for(lambda: query(environment, "SELECT 1 FROM background_workerheartbeat WHERE worker_id = ?", name), 60)
    return worker


def wait_for(condition, timeout):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.5)
    return True


def stop(worker):
    if worker.poll() is None:
        worker.send_signal(signal.SIGTERM)
    return worker.wait(timeout=30)


def start_web_server(environment, tmp_path):
    """``manage.py runserver`` on a free loopback port; its base URL and process."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (tmp_path / "web.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"], cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT
    )
    assert wait_for(lambda: _answers(port), 60), (tmp_path / "web.log").read_text()
    return f"http://127.0.0.1:{port}", server


def _answers(port):
    with socket.socket() as client:
        return client.connect_ex(("127.0.0.1", port)) == 0

