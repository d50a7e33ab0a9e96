"""Per-language analysis for the Elasticsearch-compatible engine.

Every text that Wagtail copies into its catch-all fields (``_all_text`` and
``_all_text_boost_<n>``, which is where title and summary weigh more than body) is also analysed
once per configured language, in a sub-field named after the language (``_all_text.fr``). A
search runs against the sub-fields of the visitor's language, so French pages are matched with
French elision, folding and stemming, English pages with English stemming, Arabic with the
Arabic analyzer and Chinese with CJK bigrams. Suggestions complete titles from word starts (Wagtail's
edge n-grams), and Chinese titles from anywhere inside them (CJK bigrams of the titles).
"""

from copy import deepcopy

import urllib3
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.query import PlainText
from modelsearch.utils import deep_update

from ..analysis import CHINESE
from ..facets import attach_engine_fields, engine_fields, engine_mapping
from ..synonyms import SynonymExpansionMixin
from .languages import ENGINE_ANALYZERS, current_language

CATCH_ALL_PREFIX = "_all_text"
AUTOCOMPLETE_FIELD = "_edgengrams"  # Wagtail's field of the titles that complete what is typed

LANGUAGE_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "vivapolis_fr_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
                },
                "vivapolis_fr_stop": {"type": "stop", "stopwords": "_french_"},
                "vivapolis_fr_stemmer": {"type": "stemmer", "language": "light_french"},
                "vivapolis_en_possessive": {"type": "stemmer", "language": "possessive_english"},
                "vivapolis_en_stop": {"type": "stop", "stopwords": "_english_"},
                "vivapolis_en_stemmer": {"type": "stemmer", "language": "english"},
                "vivapolis_es_stop": {"type": "stop", "stopwords": "_spanish_"},
                "vivapolis_es_stemmer": {"type": "stemmer", "language": "light_spanish"},
                "vivapolis_pt_stop": {"type": "stop", "stopwords": "_portuguese_"},
                "vivapolis_pt_stemmer": {"type": "stemmer", "language": "light_portuguese"},
            },
            "analyzer": {
                "vivapolis_fr": {
                    "tokenizer": "standard",
                    "filter": ["vivapolis_fr_elision", "lowercase", "vivapolis_fr_stop", "asciifolding", "vivapolis_fr_stemmer"],
                },
                "vivapolis_en": {
                    "tokenizer": "standard",
                    "filter": ["vivapolis_en_possessive", "lowercase", "vivapolis_en_stop", "asciifolding", "vivapolis_en_stemmer"],
                },
                "vivapolis_es": {
                    "tokenizer": "standard",
                    "filter": ["lowercase", "vivapolis_es_stop", "asciifolding", "vivapolis_es_stemmer"],
                },
                "vivapolis_pt": {
                    "tokenizer": "standard",
                    "filter": ["lowercase", "vivapolis_pt_stop", "asciifolding", "vivapolis_pt_stemmer"],
                },
                "vivapolis_ar": {"type": "arabic"},
                "vivapolis_zh": {"type": "cjk"},
                # The catch-all field itself, used when the language is unknown: folded, not stemmed.
                "vivapolis_folded": {"tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
            },
        }
    }
}


def subfield_name(language_code):
    return language_code.replace("-", "_")


class LocalisedMappingMixin:
    """Per-language sub-fields of the catch-all fields, and the facet fields of search.facets."""

    def get_mapping(self):
        mapping = super().get_mapping()
        language_fields = {
            subfield_name(language): {"type": "text", "analyzer": analyzer}
            for language, analyzer in ENGINE_ANALYZERS.items()
        }
        for name, field_mapping in mapping["properties"].items():
            if name.startswith(CATCH_ALL_PREFIX):
                field_mapping["analyzer"] = "vivapolis_folded"
                field_mapping["fields"] = language_fields
        # Chinese titles also as pairs of characters (CJK bigrams): what is typed completes them from inside.
        chinese = {subfield_name(CHINESE): {"type": "text", "analyzer": ENGINE_ANALYZERS[CHINESE]}}
        mapping["properties"][AUTOCOMPLETE_FIELD]["fields"] = chinese
        mapping["properties"].update(engine_mapping())
        return mapping

    def get_document(self, obj):
        return {**super().get_document(obj), **engine_fields(obj)}


class FacetIndexMixin:
    """Reads the facet values of a whole batch of pages at once when the index is (re)built."""

    def add_items(self, model, items):
        items = list(items)
        attach_engine_fields(items)
        super().add_items(model, items)


class SplitTimeoutMixin:
    """A short ``CONNECT_TIMEOUT`` apart from the read timeout (``TIMEOUT``): an engine that is not
    there is given up in a second, one that is slow to answer gets the full read timeout.
    ``RETRY_AFTER`` is read by search.breaker, not by the client."""

    def __init__(self, params):
        params = {**params, "OPTIONS": dict(params.get("OPTIONS", {}))}  # the client adds to OPTIONS
        params.pop("RETRY_AFTER", None)
        connect = params.pop("CONNECT_TIMEOUT", None)
        if connect is not None:
            params["TIMEOUT"] = urllib3.Timeout(connect=float(connect), read=float(params.get("TIMEOUT", 10)))
        super().__init__(params)


class LocalisedQueryCompilerMixin:
    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language = current_language()
        if language not in ENGINE_ANALYZERS:
            return remapped
        return [
            Field(f"{field.field_name}.{subfield_name(language)}", field.boost)
            if field.field_name.startswith(CATCH_ALL_PREFIX)
            else field
            for field in remapped
        ]


class ChineseAutocompleteMixin:
    """A Chinese visitor's suggestions: the characters typed, in a row, anywhere inside a title (pairs of
    characters, as on the database backends), rather than from the start of a word: Chinese has no spaces,
    and the standard tokenizer would otherwise match each character typed anywhere in the title."""

    def get_inner_query(self):
        if current_language() != CHINESE or self.remapped_fields or not isinstance(self.query, PlainText):
            return super().get_inner_query()
        return self._compile_plaintext_query(self.query, [Field(f"{AUTOCOMPLETE_FIELD}.{subfield_name(CHINESE)}")])


def localised_backend_class(module):
    """Subclass the backend of a Wagtail engine module (opensearch2, elasticsearch8...)."""
    base_backend = module.SearchBackend
    mapping_class = type("LocalisedMapping", (LocalisedMappingMixin, base_backend.mapping_class), {})
    query_compiler_class = type(
        "LocalisedSearchQueryCompiler",
        (SynonymExpansionMixin, LocalisedQueryCompilerMixin, base_backend.query_compiler_class),
        {"mapping_class": mapping_class},
    )
    autocomplete_compiler_class = type(
        "LocalisedAutocompleteQueryCompiler",
        (ChineseAutocompleteMixin, base_backend.autocomplete_query_compiler_class),
        {"mapping_class": mapping_class},
    )
    index_class = type("FacetIndex", (FacetIndexMixin, base_backend.index_class), {})
    return type(
        f"Localised{base_backend.__name__}",
        (SplitTimeoutMixin, base_backend),
        {
            "mapping_class": mapping_class,
            "index_class": index_class,
            "query_compiler_class": query_compiler_class,
            "autocomplete_query_compiler_class": autocomplete_compiler_class,
            "settings": deep_update(deepcopy(base_backend.settings), LANGUAGE_ANALYSIS),
        },
    )
