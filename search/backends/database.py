"""Wagtail's database backend, with one text search configuration per locale on PostgreSQL.

On PostgreSQL every page is indexed with the configuration of its own locale (``french`` for a
French page, ``english`` for an English one, accent-insensitive copies made by the search app's
migration when the ``unaccent`` extension is available) and a search runs with the
configuration of the active language, which is the locale the search is restricted to. One
index table, one backend, and each language keeps its own stemming.

On SQLite (FTS5) the ``unicode61`` tokenizer removes diacritics but does not stem. The stock
ranking gives every column the same weight, so this backend stores the boosted fields (title,
summary, city...) in the FTS ``title`` column and ranks with a weighted ``bm25()``: a match in
the title or summary outranks a match in the body (see docs/benchmarks.md for what each backend
guarantees).
"""

from collections import defaultdict

from django.db import connections
from django.db.models import F
from modelsearch.backends.database import SearchBackend as StockDatabaseSearchBackend

from .languages import (
    POSTGRES_CONFIGS,
    POSTGRES_FALLBACK_CONFIG,
    base_language,
    current_language,
    unaccented_config_name,
)


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
    from wagtail.models import TranslatableMixin

    return issubclass(model, TranslatableMixin)


def _localised_postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class LocalisedPostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            by_config = defaultdict(list)
            for obj in objs:
                by_config[self.backend.config_for_object(obj)].append(obj)
            for config, group in by_config.items():
                PostgresIndex(self.backend.with_config(config)).add_items(model, group)

    class LocalisedQueryCompilerMixin:
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

    class LocalisedPostgresSearchQueryCompiler(LocalisedQueryCompilerMixin, PostgresSearchQueryCompiler):
        pass

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

    return LocalisedPostgresSearchBackend


# bm25() weights of the FTS5 columns, in their order: autocomplete, body, title (boosted fields).
SQLITE_COLUMN_WEIGHTS = (0.0, 1.0, 4.0)
BOOSTED = 2


def _weighted_sqlite_backend_class():
    from modelsearch.backends.database.sqlite import sqlite as stock
    from modelsearch.backends.database.sqlite.query import BM25, SQLiteFTSIndexEntry
    from modelsearch.index import SearchField
    from modelsearch.query import And, Or, Phrase, PlainText

    class WeightedBM25(BM25):
        def as_sql(self, compiler, connection, function=None, template=None):
            weights = ", ".join(str(weight) for weight in SQLITE_COLUMN_WEIGHTS)
            return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []

    class BoostAwareIndexer(stock.ObjectIndexer):
        def _texts(self, boosted):
            texts = []
            for field in self.search_fields:
                for current_field, value in self.prepare_field(self.obj, field):
                    if isinstance(current_field, SearchField):
                        is_boosted = current_field.field_name == "title" or (current_field.boost or 1) >= BOOSTED
                        if is_boosted == boosted:
                            texts.append(value)
            return " ".join(texts)

        @property
        def title(self):
            return self._texts(boosted=True)

        @property
        def body(self):
            return self._texts(boosted=False)

    class WeightedSQLiteIndex(stock.SQLiteIndex):
        def add_items(self, model, objs):
            if not model.get_search_fields():
                return
            indexers = [BoostAwareIndexer(obj, self.backend) for obj in objs]
            if not indexers:
                return
            content_type_pk = stock.get_content_type_pk(model)
            data = {indexer.id: (indexer.title, indexer.autocomplete, indexer.body) for indexer in indexers}
            entries = self.entries.filter(content_type_id=content_type_pk)
            existing = frozenset(entries.filter(object_id__in=data.keys()).values_list("object_id", flat=True))
            for object_id in existing:
                title, autocomplete, body = data[object_id]
                entries.filter(object_id=object_id).update(title=title, autocomplete=autocomplete, body=body)
            stock.IndexEntry.objects.bulk_create(
                stock.IndexEntry(
                    content_type_id=content_type_pk, object_id=object_id, title=title, autocomplete=autocomplete, body=body
                )
                for object_id, (title, autocomplete, body) in data.items()
                if object_id not in existing
            )
            self._refresh_title_norms()

    class WeightedSQLiteSearchQueryCompiler(stock.SQLiteSearchQueryCompiler):
        def _build_rank_expression(self, vectors, config):
            return WeightedBM25()

        def ordered_ids(self, backend, limit):
            """Matching primary keys, best first, in two passes over the FTS index.

            The stock ordering scores each candidate row with a correlated sub-query that runs
            the full-text match again, which takes seconds once a query matches a thousand pages.
            """
            query = stock.normalize(self.query)
            if not isinstance(query, (PlainText, Phrase, And, Or)):
                ranked = self.search(self.get_config(backend), None, None)
                return list(ranked.values_list("pk", flat=True)[:limit])
            match = stock.MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=self.get_config(backend))
            )
            index_query = SQLiteFTSIndexEntry.objects.filter(match).filter(
                index_entry__content_type__in=stock.get_descendants_content_types_pks(self.queryset.model)
            )
            ranked = index_query.annotate(score=WeightedBM25()).order_by("score", "-index_entry__object_id")
            allowed = {
                str(pk)
                for pk in self.queryset.filter(pk__in=index_query.values("index_entry__object_id")).values_list("pk", flat=True)
            }
            ordered = []
            for object_id in ranked.values_list("index_entry__object_id", flat=True):
                if object_id in allowed:
                    ordered.append(int(object_id) if object_id.isdigit() else object_id)
                    if len(ordered) >= limit:
                        break
            return ordered

    class WeightedSQLiteSearchBackend(stock.SQLiteSearchBackend):
        index_class = WeightedSQLiteIndex
        query_compiler_class = WeightedSQLiteSearchQueryCompiler

    return WeightedSQLiteSearchBackend


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    vendor = connections["default"].vendor
    if vendor == "postgresql":
        return _localised_postgres_backend_class()(params)
    stock_backend = StockDatabaseSearchBackend(params)
    if vendor == "sqlite" and type(stock_backend).__name__ == "SQLiteSearchBackend":
        return _weighted_sqlite_backend_class()(params)
    return stock_backend
