"""SQLite FTS5 search, with weighted columns and the language analysis of ``search.analysis``.

FTS5's ``unicode61`` tokenizer only splits words. This backend stores each page's text already
analysed in its locale's language (folded, stop words dropped, stemmed; Chinese segmented) and
analyses the query the same way in the visitor's language. The stock ranking gives every column
the same weight, so this backend stores the boosted fields (title, summary, city...) in the FTS
``title`` column and ranks with a weighted ``bm25()``: a match in the title or summary outranks a
match in the body (see docs/benchmarks.md for what each backend guarantees).
"""

import operator
from functools import reduce

from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite import sqlite as stock
from modelsearch.backends.database.sqlite.query import BM25, Lexeme, SearchQueryExpression, SQLiteFTSIndexEntry
from modelsearch.index import SearchField
from modelsearch.query import And, Or, Phrase, PlainText
from wagtail.models import TranslatableMixin

from ..analysis import analysed_text, autocomplete_terms, autocomplete_text, folded_words, terms
from ..facets import ids_subquery
from ..inflections import InflectionExpansionMixin
from ..synonyms import SynonymExpansionMixin
from ..vocabulary import remember_words
from .languages import current_language

# bm25() weights of the FTS5 columns, in their order: autocomplete, body, title (boosted fields).
SQLITE_COLUMN_WEIGHTS = (0.0, 1.0, 4.0)
BOOSTED = 2


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in SQLITE_COLUMN_WEIGHTS)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


def indexed_language(obj):
    """The language a page is analysed in: its locale's (``None`` for what has no locale, folded only)."""
    locale = getattr(obj, "locale", None) if isinstance(obj, TranslatableMixin) else None
    return locale.language_code if locale else None


def searched_language(model):
    return current_language() if issubclass(model, TranslatableMixin) else None


class BoostAwareIndexer(stock.ObjectIndexer):
    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.language = indexed_language(obj)

    def _texts(self, boosted):
        texts = []
        for field in self.search_fields:
            for current_field, value in self.prepare_field(self.obj, field):
                if isinstance(current_field, SearchField):
                    is_boosted = current_field.field_name == "title" or (current_field.boost or 1) >= BOOSTED
                    if is_boosted == boosted:
                        texts.append(value)
        return " ".join(texts)

    @cached_property
    def boosted_text(self):
        return self._texts(boosted=True)

    @cached_property
    def other_text(self):
        return self._texts(boosted=False)

    @property
    def raw_text(self):
        return f"{self.boosted_text} {self.other_text}"

    @property
    def title(self):
        return analysed_text(self.boosted_text, self.language)

    @property
    def body(self):
        return analysed_text(self.other_text, self.language)

    @property
    def autocomplete(self):
        return autocomplete_text(super().autocomplete, self.language)


class WeightedSQLiteIndex(stock.SQLiteIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        indexers = [BoostAwareIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        remember_words((indexer.language, indexer.raw_text) for indexer in indexers)
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


class AnalysedQueryMixin:
    """Analyses the words and phrases of a query as the index analysed the text (``search.analysis``)."""

    def query_words(self, text):
        language = searched_language(self.queryset.model)
        # A query of stop words alone looks for them as typed: it finds nothing, as on PostgreSQL.
        return terms(text, language) or folded_words(text)

    def only_stop_words(self, query):
        return isinstance(query, PlainText) and not terms(query.query_string, searched_language(self.queryset.model))

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            words = self.query_words(query.query_string)
            if not words:
                return None
            lexemes = Lexeme(words[-1], prefix=self.LAST_TERM_IS_PREFIX)
            for word in words[:-1]:
                lexemes = lexemes & Lexeme(word) if query.operator.upper() == "AND" else lexemes | Lexeme(word)
            return SearchQueryExpression(lexemes, config=config)
        if isinstance(query, Phrase):
            words = self.query_words(query.query_string)
            return SearchQueryExpression(Lexeme(" ".join(words)), config=config) if words else None
        if isinstance(query, (And, Or)):  # a part of stop words only ("le" in "le tram") is left out
            kept = [subquery for subquery in query.subqueries if not self.only_stop_words(subquery)]
            parts = [self.build_search_query_content(subquery, config=config) for subquery in kept or query.subqueries]
            parts = [part for part in parts if part is not None]
            return reduce(operator.and_ if isinstance(query, And) else operator.or_, parts) if parts else None
        return super().build_search_query_content(query, config=config)


class WeightedSQLiteSearchQueryCompiler(
    InflectionExpansionMixin, SynonymExpansionMixin, AnalysedQueryMixin, stock.SQLiteSearchQueryCompiler
):
    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()

    def ordered_ids(self, backend, limit):
        """Matching primary keys (of pages: integers), best first, in one pass over the FTS index.

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
        matched = [int(object_id) for object_id in ranked.values_list("index_entry__object_id", flat=True)]
        # The queryset's filters checked on the matched ids, without running the full-text match again.
        allowed = set(self.queryset.filter(pk__in=ids_subquery(matched)).order_by().values_list("pk", flat=True))
        return [pk for pk in matched if pk in allowed][:limit]


class AnalysedAutocompleteQueryCompiler(AnalysedQueryMixin, stock.SQLiteAutocompleteQueryCompiler):
    def query_words(self, text):
        return autocomplete_terms(text, searched_language(self.queryset.model))


class WeightedSQLiteSearchBackend(stock.SQLiteSearchBackend):
    index_class = WeightedSQLiteIndex
    query_compiler_class = WeightedSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = AnalysedAutocompleteQueryCompiler


SearchBackend = WeightedSQLiteSearchBackend  # the name Wagtail looks a backend module up by
