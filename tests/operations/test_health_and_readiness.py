"""/healthz says the process answers; /readyz says whether the services a request needs answer too."""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.db import connections

from vivapolis.settings.search import SEARCH_DATABASE_BACKEND, search_engine_backend
from vivapolis.settings.shared_state import CACHE_REDIS_OPTIONS

CLOSED_PORT = 1  # nothing listens on 127.0.0.1:1: a connection there is refused at once
UNREACHABLE_ALIAS = "unreachable_replica"
SECRET_WORDS = ("password", "secret", "127.0.0.1", "localhost", "postgresql://", "redis://", "http://")


def readiness(client):
    response = client.get("/readyz")
    return response.status_code, json.loads(response.content)


def assert_no_secret(response):
    body = response.content.decode().lower()
    assert not [word for word in SECRET_WORDS if word in body], body


def test_liveness_answers_without_touching_the_database(client):
    # No `db` fixture: pytest-django fails the test if the view reads the database.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_readiness_lists_every_service_with_its_status_and_duration(client, settings):
    settings.SEARCH_URL = ""
    response = client.get("/readyz")
    body = json.loads(response.content)

    assert response.status_code == 200 and body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok", "cache": "ok", "search": "skipped", "storage": "ok",
    }
    assert all(check["ms"] >= 0 for check in body["checks"].values())
    assert_no_secret(response)


@pytest.fixture
def unreachable_database():
    """A second database whose server is not there: a real connection attempt to a closed port."""
    connections.settings[UNREACHABLE_ALIAS] = {
        **connections.settings["default"],
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "vivapolis",
        "USER": "vivapolis",
        "PASSWORD": "a-password-never-shown",
        "HOST": "127.0.0.1",
        "PORT": CLOSED_PORT,
        "OPTIONS": {"connect_timeout": 2},
    }
    yield UNREACHABLE_ALIAS
    with contextlib.suppress(AttributeError):
        del connections[UNREACHABLE_ALIAS]
    connections.settings.pop(UNREACHABLE_ALIAS, None)


@pytest.mark.django_db
def test_readiness_is_503_while_a_database_is_unreachable_and_200_once_it_is_back(client, unreachable_database):
    started = time.monotonic()
    response = client.get("/readyz")
    body = json.loads(response.content)

    assert response.status_code == 503 and body["status"] == "error"
    assert body["checks"]["database"]["status"] == "error"
    assert body["checks"]["cache"]["status"] == "ok"
    assert time.monotonic() - started < 2
    assert "a-password-never-shown" not in response.content.decode()
    assert_no_secret(response)

    connections.settings.pop(unreachable_database)  # the server is back (here: the alias gone)
    assert readiness(client)[0] == 200


@pytest.mark.django_db
def test_readiness_is_503_when_media_cannot_be_written(client, settings, tmp_path):
    not_a_folder = tmp_path / "media-is-a-file"
    not_a_folder.write_text("")
    settings.MEDIA_ROOT = not_a_folder

    status, body = readiness(client)

    assert status == 503 and body["checks"]["storage"]["status"] == "error"
    assert body["checks"]["database"]["status"] == "ok"


@pytest.mark.django_db
def test_readiness_is_503_when_the_configured_search_engine_does_not_answer(client, settings):
    pytest.importorskip("opensearchpy", reason="the engine extra (opensearch-py) is not installed")
    engine_url = f"http://127.0.0.1:{CLOSED_PORT}"
    settings.SEARCH_URL = engine_url
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": search_engine_backend(engine_url, "opensearch2", "vivapolis_test_"),
        "database": SEARCH_DATABASE_BACKEND,
    }

    status, body = readiness(client)

    assert status == 503 and body["checks"]["search"]["status"] == "error"


@pytest.mark.django_db
def test_probes_are_answered_before_languages_https_redirects_and_the_page_cache(client, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.SECURE_SSL_REDIRECT = True

    for path in ["/healthz", "/readyz", "/healthz", "/readyz"]:
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200, path
        assert "X-Page-Cache" not in response and "no-store" in response["Cache-Control"]
    assert client.get("/").status_code == 301  # other pages are sent to HTTPS


@pytest.mark.django_db
def test_a_balancer_may_probe_by_address_whatever_allowed_hosts_says(client):
    # HAProxy and Kubernetes probe http://10.0.0.5:8000/healthz, an address ALLOWED_HOSTS does not list.
    assert client.get("/healthz", HTTP_HOST="10.0.0.5").status_code == 200
    assert client.get("/readyz", HTTP_HOST="10.0.0.5").status_code == 200
    assert client.get("/fr/", HTTP_HOST="10.0.0.5").status_code == 400


# --- The shared cache: a real Redis server, stopped and started again.


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_redis(port):
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as client:
            if client.connect_ex(("127.0.0.1", port)) == 0:
                return server
        time.sleep(0.05)
    server.kill()
    raise AssertionError(f"redis-server did not listen on port {port}")


def stop(server):
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def redis_port():
    if shutil.which("redis-server") is None:
        message = "redis-server is not installed (apt-get install redis-server)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {message}")
        pytest.skip(message)
    return free_port()


@pytest.mark.django_db
def test_readiness_is_503_while_redis_is_stopped_and_200_once_it_is_back(client, settings, redis_port):
    server = start_redis(redis_port)
    settings.PAGE_CACHE_ENABLED = True  # as in production: the page cache reads Redis for other pages
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{redis_port}/0",
            "OPTIONS": CACHE_REDIS_OPTIONS,
        }
    }
    try:
        status, body = readiness(client)
        assert (status, body["checks"]["cache"]["status"]) == (200, "ok")
        stop(server)

        started = time.monotonic()
        status, body = readiness(client)
        assert (status, body["checks"]["cache"]["status"]) == (503, "error")
        assert time.monotonic() - started < 2
        assert client.get("/healthz").status_code == 200  # alive all along: the balancer keeps the server

        server = start_redis(redis_port)
        status, body = readiness(client)
        assert (status, body["checks"]["cache"]["status"]) == (200, "ok")

        server.send_signal(signal.SIGSTOP)  # hung rather than stopped: the socket timeout answers
        started = time.monotonic()
        status, body = readiness(client)
        assert (status, body["checks"]["cache"]["status"]) == (503, "error")
        assert time.monotonic() - started < 2
        server.send_signal(signal.SIGCONT)
        assert readiness(client)[0] == 200
    finally:
        server.send_signal(signal.SIGCONT)
        stop(server)
