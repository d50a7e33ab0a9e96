"""Accent-insensitive copies of PostgreSQL's text search configurations, one per content language.

``vivapolis_french`` is ``french`` with ``unaccent`` before the stemmer, so "economie" and
"Économie" give the same lexeme. Nothing happens on other databases, and if the ``unaccent``
extension cannot be created (no permission) the built-in configurations are used as they are
(search.backends.database picks whatever exists).
"""

import logging

from django.db import migrations

from search.backends.languages import POSTGRES_CONFIGS, POSTGRES_FALLBACK_CONFIG, unaccented_config_name

logger = logging.getLogger(__name__)


def create_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        available = {row[0] for row in cursor.fetchall()}
        try:
            cursor.execute("SAVEPOINT vivapolis_unaccent")
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            cursor.execute("RELEASE SAVEPOINT vivapolis_unaccent")
        except Exception:  # noqa: BLE001 (any refusal means: keep the built-in configurations)
            cursor.execute("ROLLBACK TO SAVEPOINT vivapolis_unaccent")
            logger.warning("The unaccent extension is unavailable: searches on PostgreSQL stay accent-sensitive.")
            return
        for base_config in sorted(set(POSTGRES_CONFIGS.values()) | {POSTGRES_FALLBACK_CONFIG}):
            if base_config not in available:
                continue
            name = unaccented_config_name(base_config)
            if name in available:
                continue
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {base_config})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, "
                f"{'simple' if base_config == 'simple' else base_config + '_stem'}"
            )


def drop_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for base_config in sorted(set(POSTGRES_CONFIGS.values()) | {POSTGRES_FALLBACK_CONFIG}):
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {unaccented_config_name(base_config)}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
