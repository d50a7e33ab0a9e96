"""PostgreSQL restarts: both app servers answer again as soon as it is back, and they and the worker keep running."""

import os
import secrets
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest

from tests.cluster.cluster import CLUSTER_TEST_MARKS, status_of, wait_until
from tests.cluster.pages import VISITED_PATHS

pytestmark = CLUSTER_TEST_MARKS

APP_SERVERS = ("web-a", "web-b")
KEPT_RUNNING = (*APP_SERVERS, "worker")
WORKER_RECONNECTS_WITHIN = 10  # seconds: the worker tries the database again every 2 s (background/worker.py)
PARALLEL_REQUESTS = 8  # more than a server's workers, so that each worker and its database connection is used


def rendered_pages(base_url):
    """Statuses of pages rendered at once (query strings never seen before: the page cache cannot answer)."""
    urls = [f"{base_url}{VISITED_PATHS[n % len(VISITED_PATHS)]}?restart={secrets.token_hex(4)}" for n in range(PARALLEL_REQUESTS)]
    with ThreadPoolExecutor(PARALLEL_REQUESTS) as pool:
        return list(pool.map(lambda url: status_of(url, timeout=30), urls))


def process_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@dataclass
class Restart:
    pids_before: dict
    pids_after: dict
    statuses: dict  # what each app server answered, in two rounds, once PostgreSQL accepted connections again


@pytest.fixture(scope="module")
def database_restart(cluster):
    servers = {"web-a": cluster.web_a, "web-b": cluster.web_b}
    for base_url in servers.values():
        assert set(rendered_pages(base_url)) == {200}  # each worker holds a database connection
    pids_before = {name: cluster.service_pid(name) for name in KEPT_RUNNING}
    cluster.control("restart-service", "postgres")
    assert wait_until(cluster.database_answers, 30), "PostgreSQL did not come back within 30 s"
    statuses = {f"{server}, round {number}": rendered_pages(base_url) for number in (1, 2) for server, base_url in servers.items()}
    time.sleep(WORKER_RECONNECTS_WITHIN)  # a worker that cannot reconnect has exited by now
    pids_after = {name: pid if process_alive(pid) else None for name, pid in pids_before.items()}
    return Restart(pids_before, pids_after, statuses)


def test_every_request_is_answered_once_the_database_is_back(database_restart):
    statuses = database_restart.statuses
    assert all(set(answers) == {200} for answers in statuses.values()), f"statuses after the restart: {statuses}"


def test_the_app_servers_kept_running(database_restart):
    for server in APP_SERVERS:
        assert database_restart.pids_after[server] == database_restart.pids_before[server], f"{server} was restarted"


def test_the_worker_kept_running(database_restart):
    assert database_restart.pids_after["worker"] == database_restart.pids_before["worker"], "the worker exited"
