"""Counts of the demo content, for the command's summary and the idempotency test."""

from django.apps import apps
from wagtail.models import Locale, Page

PROJECT_APPS = ("core", "showcase", "news", "themes", "countries", "home")


def model_counts():
    """(label, count) for every model of the project, and pages per locale."""
    rows = []
    for app_label in PROJECT_APPS:
        for model in apps.get_app_config(app_label).get_models():
            rows.append((model._meta.label, model._default_manager.count()))
    for locale in Locale.objects.order_by("language_code"):
        rows.append((f"pages in {locale.language_code}", Page.objects.filter(locale=locale, depth__gt=1).count()))
    return rows
