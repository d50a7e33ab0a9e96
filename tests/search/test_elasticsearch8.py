"""Elasticsearch 8 without its analysis-common module (the integ-test-zip CI runs): the standard analyser.

The engine tests themselves run against Elasticsearch 8 in CI (.ci/run); these check what lets an
index be created there at all.
"""

from wagtail.models import Page

from search.backends.elasticsearch8 import Elasticsearch8SearchBackend, standard_analysis
from search.facets import engine_mapping

CORE_ANALYZER_TYPES = {"standard"}


def analyzers_named(mapping):
    """Every analyzer a mapping refers to."""
    named = set()
    for value in mapping.values():
        if isinstance(value, dict):
            named |= {value[key] for key in ("analyzer", "search_analyzer") if key in value}
            named |= analyzers_named(value)
    return named


def test_every_analyzer_is_the_standard_one_and_nothing_else_is_defined():
    analysis = standard_analysis(Elasticsearch8SearchBackend.settings)["settings"]["analysis"]

    assert set(analysis) == {"analyzer"}  # no tokenizer or filter, which only analysis-common provides
    assert {definition["type"] for definition in analysis["analyzer"].values()} == CORE_ANALYZER_TYPES


def test_every_analyzer_the_page_mapping_names_is_defined():
    mapping = Elasticsearch8SearchBackend.mapping_class(Page).get_mapping()
    defined = set(standard_analysis(Elasticsearch8SearchBackend.settings)["settings"]["analysis"]["analyzer"])

    assert analyzers_named(mapping) - {"standard"} <= defined
    assert analyzers_named(mapping) & {"vivapolis_fr", "vivapolis_zh", "edgengram_analyzer"}
    assert set(engine_mapping()) <= set(mapping["properties"])
