"""Production mail comes from EMAIL_URL, and its absence is a start-up warning."""

import re

import dj_email_url
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

from operations.checks import SMTP_BACKEND, email_is_configured

NEW_PASSWORD = "a-brand-new-passphrase-2026"


@override_settings(EMAIL_URL="", EMAIL_BACKEND=SMTP_BACKEND)
def test_no_email_url_is_a_start_up_warning():
    warnings = email_is_configured(None)

    assert [warning.id for warning in warnings] == ["operations.W001"]
    assert "EMAIL_URL is not set" in warnings[0].msg


def test_an_email_url_silences_the_warning():
    settings_from_url = dj_email_url.parse("smtp://vivapolis:secret@smtp.example.org:587/?tls=True")

    with override_settings(EMAIL_URL="smtp://vivapolis:secret@smtp.example.org:587/?tls=True", **settings_from_url):
        assert email_is_configured(None) == []
    assert settings_from_url["EMAIL_HOST"] == "smtp.example.org"
    assert settings_from_url["EMAIL_PORT"] == 587
    assert settings_from_url["EMAIL_USE_TLS"] is True


@pytest.mark.django_db
def test_an_editor_resets_a_forgotten_password_and_logs_in(client):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "forgotten-password-1")

    response = client.post("/admin/password_reset/", {"email": "editor@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["editor@example.org"]
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", mail.outbox[0].body).group(1)

    form_url = client.get(link).url  # Django swaps the token for a session and redirects to the form
    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    client.logout()

    response = client.post("/admin/login/", {"username": "editor", "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
