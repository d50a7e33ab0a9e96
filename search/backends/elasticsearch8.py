"""Elasticsearch 8: Wagtail's ``elasticsearch8`` backend (``elasticsearch`` 8 client) with the
per-language analysis, facets and timeouts of ``search.backends.engine``.

Elasticsearch's distributions ship the ``analysis-common`` module, which brings the language
analyzers, stemmers, folding and edge n-grams. Its ``integ-test-zip`` (the build CI downloads from
Maven Central) has only the core analysis. On such an engine the index is created with the
standard analyser under every analyzer name the mapping uses (words and case, no stemming, accents
significant) and suggestions match word starts with a ``bool_prefix`` query instead of edge n-grams.
The backend asks the engine which modules it has once, when it first needs to know.
"""

from copy import deepcopy

from django.utils.functional import cached_property
from modelsearch.backends import elasticsearch8

from .engine import localised_backend_class

LANGUAGE_ANALYSIS_MODULE = "analysis-common"
LocalisedElasticsearch8 = localised_backend_class(elasticsearch8)


def standard_analysis(settings):
    """``settings`` with every analyzer they define replaced by the standard analyser, and nothing else."""
    analyzers = settings["settings"]["analysis"]["analyzer"]
    standard = deepcopy(settings)
    standard["settings"]["analysis"] = {"analyzer": {name: {"type": "standard"} for name in analyzers}}
    standard["settings"].get("index", {}).pop("max_ngram_diff", None)
    return standard


class Elasticsearch8Index(LocalisedElasticsearch8.index_class):
    def put(self):
        self.es.indices.create(index=self.name, **self.backend.index_settings())


class WordStartAutocompleteQueryCompiler(LocalisedElasticsearch8.autocomplete_query_compiler_class):
    """Suggestions without edge n-grams: every word as typed, the last one as a prefix."""

    def _compile_plaintext_query(self, query, fields, boost=1.0):
        return {
            "multi_match": {
                "query": query.query_string,
                "type": "bool_prefix",
                "operator": query.operator,
                "fields": [field.field_name_with_boost for field in fields],
            }
        }


class Elasticsearch8SearchBackend(LocalisedElasticsearch8):
    index_class = Elasticsearch8Index

    @cached_property
    def has_language_analysis(self):
        answer = self.es.nodes.info(metric="plugins", filter_path="nodes.*.modules.name,nodes.*.plugins.name")
        names = {
            item["name"]
            for node in answer.get("nodes", {}).values()
            for item in [*node.get("modules", []), *node.get("plugins", [])]
        }
        return LANGUAGE_ANALYSIS_MODULE in names

    def index_settings(self):
        return self.settings if self.has_language_analysis else standard_analysis(self.settings)

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        if self.has_language_analysis:
            return super().autocomplete(query, model_or_queryset, fields, operator, order_by_relevance)
        return self._search(
            WordStartAutocompleteQueryCompiler,
            query,
            model_or_queryset,
            fields=fields,
            operator=operator,
            order_by_relevance=order_by_relevance,
        )


SearchBackend = Elasticsearch8SearchBackend  # the name Wagtail looks a backend module up by
