"""Django's system checks pass and no model change lacks its migration."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def test_system_checks_pass():
    out = StringIO()
    call_command("check", stdout=out)
    assert "no issues" in out.getvalue()


@pytest.mark.django_db
def test_no_missing_migrations():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
    except SystemExit:  # makemigrations --check exits with 1 when a migration is missing
        pytest.fail(f"Missing migrations:\n{out.getvalue()}")


def run_production_check(**env_overrides):
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE for their live server; a deployment never does.
    inherited = {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in inherited}
    env.update(DJANGO_SETTINGS_MODULE="vivapolis.settings.production", **env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_production_check(ALLOWED_HOSTS="vivapolis.example.org")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_production_check(SECRET_KEY="x" * 60)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_deploy_checks_report_nothing_on_production_settings():
    result = run_production_check(
        SECRET_KEY="a-long-random-production-secret-" + "k" * 40,
        ALLOWED_HOSTS="vivapolis.example.org",
        EMAIL_URL="smtp://vivapolis:secret@smtp.example.org:587/?tls=True",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
