"""An engine one app server found down is skipped by the others: the breaker's state is in the shared Redis."""

import os
import shutil
import subprocess
import time

import pytest

from tests.operations.object_store import free_port
from tests.operations.scripts import run_json_script

pytestmark = [pytest.mark.slow, pytest.mark.database_independent]


@pytest.fixture(scope="module")
def redis_url():
    """A Redis of our own on a free port (Debian's redis-server), as app servers share through CACHE_URL."""
    if not shutil.which("redis-server"):
        reason = "no redis-server (Debian's package redis-server)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    for _attempt in range(50):
        ping = subprocess.run(["redis-cli", "-p", str(port), "ping"], capture_output=True, text=True, timeout=10)
        if ping.stdout.strip() == "PONG":
            break
        time.sleep(0.2)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(timeout=10)


def app_server(command, cache_url, tmp_path):
    return run_json_script(
        "tests.operations.breaker_process", command, database_url=f"sqlite:///{tmp_path / 'unused.sqlite3'}", CACHE_URL=cache_url
    )["uses_engine"]


def test_a_failure_seen_by_one_app_server_makes_the_others_skip_the_engine(redis_url, tmp_path):
    other_cache = redis_url.rsplit("/", 1)[0] + "/1"

    before = app_server("ask", redis_url, tmp_path)
    failing = app_server("fail", redis_url, tmp_path)
    sharing_the_cache = app_server("ask", redis_url, tmp_path)
    with_another_cache = app_server("ask", other_cache, tmp_path)

    assert before is True
    assert failing is False
    assert sharing_the_cache is False
    assert with_another_cache is True
