"""Start-up checks of the deployment's settings."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


@register(Tags.compatibility)
def email_is_configured(app_configs, **kwargs):
    if settings.EMAIL_URL or settings.EMAIL_BACKEND != SMTP_BACKEND:
        return []
    return [
        Warning(
            "EMAIL_URL is not set: password-reset and moderation mails go to an SMTP server on localhost and are lost.",
            hint="Set EMAIL_URL, for example smtp://user:password@smtp.example.org:587/?tls=True (see .env.example).",
            id="operations.W001",
        )
    ]
