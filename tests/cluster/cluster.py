"""The local cluster of `make cluster` as its tests see it: addresses, services, database and cache.

Everything comes from ``tmp/cluster/cluster.env``, which ``scripts/cluster/cluster.sh start`` writes;
services are stopped, killed and started again through the same script (``stop-service NAME``...).
"""

import os
import shlex
import subprocess
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import psycopg
import pytest
import redis
import requests

ROOT = Path(__file__).resolve().parents[2]
CLUSTER_SCRIPT = ROOT / "scripts" / "cluster" / "cluster.sh"
STATE_DIR = ROOT / "tmp" / "cluster"
CLUSTER_ENV_FILE = STATE_DIR / "cluster.env"
REQUIRED_KEYS = ("FRONT_URL", "BALANCER_URL", "WEB_A_URL", "WEB_B_URL", "DATABASE_URL", "CACHE_URL", "SEARCH_URL")
# Every cluster test: selected by ``-m cluster``, left out of `make test` (slow), and run one after the other on a
# single worker when `make test` runs the suite in parallel (pytest-xdist): each one breaks the shared cluster.
CLUSTER_TEST_MARKS = [pytest.mark.cluster, pytest.mark.slow, pytest.mark.xdist_group("cluster")]
OPERATOR_VARIABLES = ("PATH", "HOME", "USER", "LANG", "LC_ALL")
SERVICE_TIMEOUT = 180  # seconds for one `cluster.sh` action (an OpenSearch node takes the longest to start)


def read_env_file(path):
    """``KEY=value`` lines (optionally ``export KEY="value"``) as a dict, as a shell would read them."""
    values = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.removeprefix("export ").split("=", 1)
        words = shlex.split(value)
        values[key.strip()] = words[0] if words else ""
    return values


def operator_environment():
    """The environment of a shell that runs ``cluster.sh``: services started again by a test get the cluster's
    settings (cluster.env), not what pytest set for itself (test settings, time zone, metrics folder...)."""
    return {key: os.environ[key] for key in OPERATOR_VARIABLES if key in os.environ}


def wait_until(condition, timeout, interval=0.5):
    """The first truthy value of ``condition()`` within ``timeout`` seconds, else ``None``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value or None
        time.sleep(interval)


def status_of(url, timeout=5):
    """The HTTP status of a GET, or ``None`` when nothing answers in time."""
    try:
        return requests.get(url, timeout=timeout, allow_redirects=False).status_code
    except requests.RequestException:
        return None


@dataclass
class Cluster:
    env: dict

    def url(self, key):
        return self.env[key].rstrip("/")

    @property
    def front(self):
        return self.url("FRONT_URL")

    @property
    def balancer(self):
        return self.url("BALANCER_URL")

    @property
    def web_a(self):
        return self.url("WEB_A_URL")

    @property
    def web_b(self):
        return self.url("WEB_B_URL")

    @property
    def search_nodes(self):
        return [url.rstrip("/") for url in self.env["SEARCH_URL"].split(",")]

    def control(self, action, service):
        """``cluster.sh ACTION SERVICE`` (stop-service, start-service, kill-service, restart-service)."""
        done = subprocess.run(
            ["bash", str(CLUSTER_SCRIPT), action, service],
            cwd=ROOT, env=operator_environment(), capture_output=True, text=True, timeout=SERVICE_TIMEOUT,
        )
        assert done.returncode == 0, f"cluster.sh {action} {service} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"

    def services_down(self):
        """The services ``cluster.sh status`` lists as down."""
        done = subprocess.run(
            ["bash", str(CLUSTER_SCRIPT), "status"], cwd=ROOT, env=operator_environment(), capture_output=True, text=True, timeout=60
        )
        return [line.split()[0] for line in done.stdout.splitlines() if line.split()[1:2] == ["down"]]

    def service_pid(self, service):
        """The process id ``cluster.sh`` recorded for ``service`` (for an app server, its gunicorn master)."""
        return int((STATE_DIR / "pids" / f"{service}.pid").read_text())

    def database(self):
        return psycopg.connect(self.env["DATABASE_URL"], connect_timeout=3, autocommit=True)

    def database_answers(self):
        try:
            with self.database() as connection:
                return connection.execute("SELECT 1").fetchone() == (1,)
        except psycopg.Error:
            return False

    def query(self, sql, *parameters):
        with self.database() as connection:
            return connection.execute(sql, parameters).fetchall()

    def cache(self):
        return redis.Redis.from_url(self.env["CACHE_URL"], socket_timeout=3, socket_connect_timeout=3)

    def cache_answers(self):
        try:
            return self.cache().ping()
        except redis.RedisError:
            return False

    def search_node_health(self, node_url):
        """``_cluster/health`` as one node sees it, or ``None`` when the node does not answer."""
        try:
            return requests.get(f"{node_url}/_cluster/health", timeout=5).json()
        except (requests.RequestException, ValueError):
            return None

    def search_cluster_green(self):
        return all((self.search_node_health(node) or {}).get("status") == "green" for node in self.search_nodes)

    def app_server_ready(self, base_url):
        return status_of(f"{base_url}/healthz") == 200

    def database_now(self):
        return self.query("SELECT now()")[0][0]

    def worker_started_since(self, moment):
        """A worker that started after ``moment`` (the database's clock) wrote its heartbeat."""
        try:
            return bool(self.query("SELECT 1 FROM background_workerheartbeat WHERE started_at >= %s", moment))
        except psycopg.Error:
            return False

    def is_ready(self, service):
        """Whether ``service`` answers what the site asks of it."""
        checks = {
            "postgres": self.database_answers,
            "redis": self.cache_answers,
            "web-a": lambda: self.app_server_ready(self.web_a),
            "web-b": lambda: self.app_server_ready(self.web_b),
            "balancer": lambda: self.app_server_ready(self.balancer),
            "opensearch-1": self.search_cluster_green,
            "opensearch-2": self.search_cluster_green,
        }
        return checks.get(service, lambda: True)()

    def start(self, service, timeout=120):
        """Start ``service`` again and wait until it answers."""
        # A worker killed a moment ago still has a recent heartbeat: wait for the new one's.
        if service == "worker":
            ready = partial(self.worker_started_since, self.database_now())
        else:
            ready = partial(self.is_ready, service)
        self.control("start-service", service)
        assert wait_until(ready, timeout), f"{service} did not answer within {timeout} s after start-service"


def cluster_problem():
    """Why the cluster cannot be tested (``None`` when it can)."""
    if not CLUSTER_SCRIPT.exists():
        return f"{CLUSTER_SCRIPT.relative_to(ROOT)} is missing"
    if not CLUSTER_ENV_FILE.exists():
        return "the cluster is not running (no tmp/cluster/cluster.env): run `make cluster`"
    env = read_env_file(CLUSTER_ENV_FILE)
    missing = [key for key in REQUIRED_KEYS if not env.get(key)]
    if missing:
        return f"tmp/cluster/cluster.env lacks {', '.join(missing)}"
    if status_of(env["BALANCER_URL"].rstrip("/") + "/healthz") != 200:
        return f"the cluster is not running (no answer from {env['BALANCER_URL']}/healthz): run `make cluster`"
    return None


def running_cluster():
    """The cluster, or ``None`` with the reason."""
    problem = cluster_problem()
    return (None, problem) if problem else (Cluster(read_env_file(CLUSTER_ENV_FILE)), None)


def in_ci():
    return os.environ.get("CI", "").lower() == "true"
