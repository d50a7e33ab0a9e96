"""`make serve`'s gunicorn configuration: probes answer, metrics add up across workers, access logs are JSON."""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.db import connection
from prometheus_client.parser import text_string_to_metric_families

from tests.operations.scripts import copy_test_database

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
WORKERS = 2
REQUEST_ID = "0b9f8c52-7d1e-4c3a-8f6b-2e5d4a1c9b70"

# Starts real processes (about 15 s idle, 40 s on a loaded machine): CI runs it, `make test` leaves it out.
pytestmark = [pytest.mark.slow, pytest.mark.database_independent, pytest.mark.django_db(transaction=True)]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, timeout=30, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def production_environment(tmp_path):
    copy_test_database(tmp_path / "db.sqlite3")
    inherited = {name: value for name, value in os.environ.items() if name not in {"PROMETHEUS_MULTIPROC_DIR", "LOG_FORMAT"}}
    return {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "vivapolis.settings.production",
        "SECRET_KEY": "a-long-random-production-secret-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "CACHE_URL": "",
        "CACHE_DIR": str(tmp_path / "cache"),
        "SEARCH_URL": "",
        "WEB_CONCURRENCY": str(WORKERS),
    }


@pytest.fixture
def gunicorn(tmp_path):
    """gunicorn started as `make serve` starts it, on a free port; its base URL and access log."""
    if connection.vendor != "sqlite":
        pytest.skip("runs on a copy of the SQLite test database (CI runs it in its SQLite pass)")
    port = free_port()
    access_log, error_log = tmp_path / "access.log", tmp_path / "error.log"
    with access_log.open("w") as stdout, error_log.open("w") as stderr:
        server = subprocess.Popen(
            [str(GUNICORN), "-c", "vivapolis/gunicorn.py", "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT, env=production_environment(tmp_path), stdout=stdout, stderr=stderr,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        assert wait_until_answering(base_url, server), error_log.read_text()[-3000:]
        yield base_url, access_log
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=40)
        except subprocess.TimeoutExpired:
            server.kill()
            raise


def wait_until_answering(base_url, server, attempts=120):
    """True once one probe is answered; a probe sent before the workers are up waits for one (long timeout)."""
    for _ in range(attempts):
        if server.poll() is not None:
            return False
        try:
            if get(f"{base_url}/healthz", timeout=120)[0] == 200:
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def wait_for_lines(access_log, count, timeout=10):
    """gunicorn writes a request's line just after sending its answer."""
    deadline = time.monotonic() + timeout
    while len(access_records(access_log)) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    return access_records(access_log)


def access_records(access_log):
    return [json.loads(line) for line in access_log.read_text().splitlines() if line.strip()]


def requests_counted(text):
    for family in text_string_to_metric_families(text):
        for found in family.samples:
            if found.name == "django_http_requests_before_middlewares_total":
                return found.value
    return None


def test_probes_and_metrics_of_every_worker(gunicorn):
    base_url, access_log = gunicorn
    assert get(f"{base_url}/healthz", **{"X-Request-ID": REQUEST_ID}) == (200, '{"status": "ok"}')
    answered = 2  # the start-up probe and this one

    # Concurrent probes until both workers have answered some: a worker still loading the site answers none.
    deadline = time.monotonic() + 90
    with ThreadPoolExecutor(max_workers=8) as pool:
        while time.monotonic() < deadline:
            assert set(pool.map(lambda _: get(f"{base_url}/healthz")[0], range(8))) == {200}
            answered += 8
            if len({record["worker_pid"] for record in wait_for_lines(access_log, answered)}) == WORKERS:
                break
            time.sleep(0.2)
    records = wait_for_lines(access_log, answered)
    assert len(records) == answered and len({record["worker_pid"] for record in records}) == WORKERS

    status, body = get(f"{base_url}/metrics")

    assert status == 200
    # Whichever worker answers the scrape counts every worker's requests, the scrape included.
    assert requests_counted(body) == answered + 1
    readiness_status, readiness = get(f"{base_url}/readyz")
    assert readiness_status == 200 and json.loads(readiness)["status"] == "ok"
    first = next(record for record in access_records(access_log) if record["request_id"] == REQUEST_ID)
    assert (first["method"], first["path"], first["status"]) == ("GET", "/healthz", 200)
