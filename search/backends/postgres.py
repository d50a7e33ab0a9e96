"""PostgreSQL full-text search with one text search configuration per locale.

Every page is indexed with the configuration of its own locale (``french`` for a French page,
``english`` for an English one, accent-insensitive copies made by the search app's migration
when the ``unaccent`` extension is available) and a search runs with the configuration of the
active language, which is the locale the search is restricted to. One index table, one backend,
and each language keeps its own stemming.
"""

from collections import defaultdict

from django.db import connections
from django.db.models import F
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.models import TranslatableMixin

from .languages import POSTGRES_CONFIGS, POSTGRES_FALLBACK_CONFIG, base_language, current_language, unaccented_config_name

POSTGRES_TITLE_WEIGHT = 3.0

_configs_cache = {}


def available_postgres_configs(alias="default"):
    """Configurations of the database, remembered once the search app's migration has run."""
    if alias in _configs_cache:
        return _configs_cache[alias]
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        configs = frozenset(row[0] for row in cursor.fetchall())
    if unaccented_config_name(POSTGRES_FALLBACK_CONFIG) in configs:
        _configs_cache[alias] = configs
    return configs


def postgres_config_for_language(language_code, alias="default"):
    """The best configuration this database has for a language, ``simple`` at worst."""
    available = available_postgres_configs(alias)
    base_config = POSTGRES_CONFIGS.get(base_language(language_code) or "", POSTGRES_FALLBACK_CONFIG)
    for candidate in (unaccented_config_name(base_config), base_config):
        if candidate in available:
            return candidate
    if unaccented_config_name(POSTGRES_FALLBACK_CONFIG) in available:
        return unaccented_config_name(POSTGRES_FALLBACK_CONFIG)
    return POSTGRES_FALLBACK_CONFIG


def _is_translatable(model):
    return issubclass(model, TranslatableMixin)


class LocalisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        for config, group in by_config.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LocalisedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        if _is_translatable(self.queryset.model):
            return postgres_config_for_language(current_language())
        return backend.config

    def get_index_vectors(self, search_query):
        # The stock rank lets a long title score below a summary match; a title match must win.
        return [
            (F("index_entries__title"), F("index_entries__title_norm") * POSTGRES_TITLE_WEIGHT),
            (F("index_entries__body"), 1.0),
        ]


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocalisedPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
    index_class = LocalisedPostgresIndex

    def __init__(self, params):
        params = {"SEARCH_CONFIG": POSTGRES_FALLBACK_CONFIG, **params}
        super().__init__(params)

    def config_for_object(self, obj):
        locale = getattr(obj, "locale", None) if _is_translatable(type(obj)) else None
        if locale is None:
            return self.config
        return postgres_config_for_language(locale.language_code)

    def with_config(self, config):
        """A copy of this backend that indexes with ``config``."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.config = config
        return clone


SearchBackend = LocalisedPostgresSearchBackend  # the name Wagtail looks a backend module up by
