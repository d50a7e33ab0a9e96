"""PostgreSQL full-text search with one text search configuration per locale.

Every page is indexed with the configuration of its own locale (``french`` for a French page,
``english`` for an English one, accent-insensitive copies made by the search app's migration
when the ``unaccent`` extension is available) and a search runs with the configuration of the
active language, which is the locale the search is restricted to. One index table, one backend,
and each language keeps its own stemming.

PostgreSQL cannot split Chinese into words: the text of a Chinese page is segmented by jieba
(``search.analysis``) before it reaches ``to_tsvector``, and so is a Chinese query; titles are
completed from pairs of characters, as on SQLite. Synonyms expand the query (``search.synonyms``)
and the words indexed feed "Did you mean" (``search.vocabulary``).
"""

from collections import defaultdict

from django.db import connections
from django.db.models import F
from django.db.models.sql import InsertQuery
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.index import AutocompleteField
from modelsearch.query import And, Or, Phrase, PlainText
from modelsearch.utils import get_content_type_pk
from wagtail.models import TranslatableMixin

from ..analysis import CHINESE, autocomplete_text, chinese_words, language_of
from ..inflections import InflectionExpansionMixin
from ..synonyms import SynonymExpansionMixin
from ..vocabulary import remember_words
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


def autocomplete_config():
    """Titles complete without stemming but whatever their accents: ``simple`` with ``unaccent`` if there."""
    return postgres_config_for_language(None)


def _is_translatable(model):
    return issubclass(model, TranslatableMixin)


def _language_of_object(obj):
    locale = getattr(obj, "locale", None) if _is_translatable(type(obj)) else None
    return language_of(locale.language_code) if locale else None


class SegmentingObjectIndexer(ObjectIndexer):
    """The stock indexer, but a Chinese page's words are separated by spaces before PostgreSQL reads them."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.language = _language_of_object(obj)
        self.autocomplete_config = autocomplete_config()

    def prepare_field(self, obj, field):
        for current_field, weight, value in super().prepare_field(obj, field):
            if self.language == CHINESE:
                if isinstance(current_field, AutocompleteField):
                    value = autocomplete_text(value, CHINESE)
                else:
                    value = " ".join(chinese_words(value, for_index=True))
            yield current_field, weight, value


class SegmentingPostgresIndex(PostgresIndex):
    """``PostgresIndex.add_items`` with ``SegmentingObjectIndexer`` (the stock one names its indexer class)."""

    def add_items(self, model, objs):
        indexers = [SegmentingObjectIndexer(obj, self.backend) for obj in objs]
        if not model.get_search_fields() or not indexers:
            return
        remember_words((indexer.language, f"{indexer.title_text} {indexer.body_text}") for indexer in indexers)
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(IndexEntry._meta.get_field(name), getattr(indexer, name))
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table}
                    (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body, title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
                """,  # noqa: S608 (only placeholders and compiled expressions are interpolated)
                params,
            )
        self._refresh_title_norms()


class LocalisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_config = defaultdict(list)
        for obj in objs:
            by_config[self.backend.config_for_object(obj)].append(obj)
        for config, group in by_config.items():
            SegmentingPostgresIndex(self.backend.with_config(config)).add_items(model, group)


class ChineseAutocompleteQueryCompiler(PostgresAutocompleteQueryCompiler):
    """Titles complete from anywhere inside a Chinese title: what is typed is sought as pairs of characters."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.query, PlainText) and _is_translatable(self.queryset.model):
            if language_of(current_language()) == CHINESE:
                pairs = autocomplete_text(self.query.query_string, CHINESE)
                self.query = PlainText(pairs or self.query.query_string, operator=self.query.operator)

    def get_config(self, backend):
        return autocomplete_config()


def with_chinese_words(query):
    """``query`` with each Chinese phrase cut into the words the index holds (``search.analysis.chinese_words``)."""
    if isinstance(query, (And, Or)):
        return type(query)([with_chinese_words(subquery) for subquery in query.subqueries])
    if isinstance(query, (PlainText, Phrase)):
        words = " ".join(chinese_words(query.query_string))
        if words:
            return PlainText(words, operator=query.operator) if isinstance(query, PlainText) else Phrase(words)
    return query


class ChineseWordsMixin:
    """Runs after the synonyms (it comes first among the bases): PostgreSQL matches whole words only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if _is_translatable(self.queryset.model) and language_of(current_language()) == CHINESE:
            self.query = with_chinese_words(self.query)


class LocalisedPostgresSearchQueryCompiler(
    ChineseWordsMixin, InflectionExpansionMixin, SynonymExpansionMixin, PostgresSearchQueryCompiler
):
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
    autocomplete_query_compiler_class = ChineseAutocompleteQueryCompiler
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
