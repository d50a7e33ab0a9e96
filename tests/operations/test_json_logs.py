"""Every log line of a request carries its id (X-Request-ID), as JSON in production and as text in development."""

import io
import json
import logging.config
import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from vivapolis.settings.observability import logging_settings

ROOT = Path(__file__).resolve().parents[2]
BALANCER_ID = "5f0c6f8e-2c1a-4d7b-9a57-0d7b3c1f9e21"


@pytest.fixture
def log_lines():
    """The site's logging in ``format`` (json or text), written into a buffer; its lines."""
    stream = io.StringIO()

    def configure(log_format):
        config = logging_settings(log_format, "INFO")
        config["handlers"]["console"]["stream"] = stream
        logging.config.dictConfig(config)
        # Only this test's request: a thread another test left running (a server, a worker) may log meanwhile.
        this_thread = threading.get_ident()
        for handler in logging.getLogger().handlers:
            handler.addFilter(lambda record: record.thread == this_thread)
        return lambda: stream.getvalue().splitlines()

    yield configure
    logging.config.dictConfig(django_settings.LOGGING)


def test_the_balancers_request_id_is_kept_and_echoed(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID=BALANCER_ID)

    assert response["X-Request-ID"] == BALANCER_ID


def test_a_request_without_an_id_gets_a_new_one_each_time(client):
    first, second = client.get("/healthz")["X-Request-ID"], client.get("/healthz")["X-Request-ID"]

    assert uuid.UUID(first) and uuid.UUID(second) and first != second


def test_an_id_that_is_not_a_uuid_is_replaced(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID='"}, {"level": "forged')

    assert uuid.UUID(response["X-Request-ID"])


def failing_readiness(client, settings, tmp_path):
    """A request that logs: readiness with a media folder that cannot be written (a warning, then the 503)."""
    not_a_folder = tmp_path / "media-is-a-file"
    not_a_folder.write_text("")
    settings.MEDIA_ROOT = not_a_folder
    return client.get("/readyz", HTTP_X_REQUEST_ID=BALANCER_ID)


@pytest.mark.django_db
def test_every_json_log_line_of_a_request_carries_its_id(client, settings, tmp_path, log_lines):
    lines = log_lines("json")

    assert failing_readiness(client, settings, tmp_path).status_code == 503

    records = [json.loads(line) for line in lines()]
    assert {"operations.health", "django.request"} <= {record["logger"] for record in records}
    assert {record["request_id"] for record in records} == {BALANCER_ID}
    warning = next(record for record in records if record["logger"] == "operations.health")
    assert warning["level"] == "WARNING" and "storage" in warning["message"] and warning["time"].endswith("+00:00")


@pytest.mark.django_db
def test_every_text_log_line_of_a_request_carries_its_id(client, settings, tmp_path, log_lines):
    lines = log_lines("text")

    failing_readiness(client, settings, tmp_path)

    assert len(lines()) >= 2
    assert all(f"[{BALANCER_ID}]" in line for line in lines())


def logged_at_start(settings_module):
    """What a warning logged by the site looks like under ``settings_module``, LOG_FORMAT unset."""
    environment = {
        **{name: value for name, value in os.environ.items() if name != "LOG_FORMAT"},
        "DJANGO_SETTINGS_MODULE": settings_module,
        "SECRET_KEY": "a-long-random-production-secret-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }
    script = "import django, logging; django.setup(); logging.getLogger('operations').warning('Hello')"
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()[-1]


def test_production_logs_json_and_development_text():
    production = json.loads(logged_at_start("vivapolis.settings.production"))
    assert (production["logger"], production["level"], production["message"]) == ("operations", "WARNING", "Hello")

    development = logged_at_start("vivapolis.settings.dev")
    assert development.endswith("WARNING operations [None] Hello")
