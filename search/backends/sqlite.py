"""SQLite FTS5 search, with weighted columns.

The ``unicode61`` tokenizer removes diacritics but does not stem. The stock ranking gives every
column the same weight, so this backend stores the boosted fields (title, summary, city...) in
the FTS ``title`` column and ranks with a weighted ``bm25()``: a match in the title or summary
outranks a match in the body (see docs/benchmarks.md for what each backend guarantees).
"""

from modelsearch.backends.database.sqlite import sqlite as stock
from modelsearch.backends.database.sqlite.query import BM25, SQLiteFTSIndexEntry
from modelsearch.index import SearchField
from modelsearch.query import And, Or, Phrase, PlainText

# bm25() weights of the FTS5 columns, in their order: autocomplete, body, title (boosted fields).
SQLITE_COLUMN_WEIGHTS = (0.0, 1.0, 4.0)
BOOSTED = 2


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
            for pk in self.queryset.filter(pk__in=index_query.values("index_entry__object_id")).values_list(
                "pk", flat=True
            )
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


SearchBackend = WeightedSQLiteSearchBackend  # the name Wagtail looks a backend module up by
