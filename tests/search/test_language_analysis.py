"""Every configured locale gets its own language analysis, or a safe fallback, on every backend."""

import pytest
from django.conf import settings
from django.db import connection
from wagtail.search.backends import get_search_backend

from search.backends.engine import subfield_name
from search.backends.languages import ENGINE_ANALYZERS, POSTGRES_CONFIGS, base_language
from search.backends.postgres import postgres_config_for_language

from .conftest import engine_settings, require_engine

CONFIGURED = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language_code", CONFIGURED)
def test_every_configured_language_has_an_analysis(language_code):
    assert base_language(language_code) in POSTGRES_CONFIGS
    assert base_language(language_code) in ENGINE_ANALYZERS


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [("fr", "french"), ("en", "english"), ("es", "spanish"), ("pt", "portuguese"), ("zh-hans", "simple"), ("xx", "simple")],
)
def test_postgres_configuration_per_language(db, language_code, expected):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL text search configurations (run with DATABASE_URL=postgresql://...)")

    config = postgres_config_for_language(language_code)

    assert config in (f"vivapolis_{expected}", expected)
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector(%s::regconfig, 'Économies') = to_tsvector(%s::regconfig, 'economies')", [config, config])
        assert cursor.fetchone()[0] is True, "accents must not matter"


def engine_tokens(analyzer, text):
    backend = get_search_backend("default")
    index = backend.get_index_for_model(__import__("wagtail.models", fromlist=["Page"]).Page).name
    response = backend.es.indices.analyze(index=index, body={"analyzer": analyzer, "text": text})
    return [token["token"] for token in response["tokens"]]


@pytest.mark.engine
@pytest.mark.slow
def test_engine_analyzers_stem_and_fold_per_language(db, settings):
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(require_engine())
    from .conftest import empty_engine_indexes

    empty_engine_indexes()

    assert engine_tokens(ENGINE_ANALYZERS["fr"], "Énergies renouvelables") == engine_tokens(
        ENGINE_ANALYZERS["fr"], "energie renouvelable"
    )
    assert engine_tokens(ENGINE_ANALYZERS["en"], "reused") == engine_tokens(ENGINE_ANALYZERS["en"], "reuse")
    assert engine_tokens(ENGINE_ANALYZERS["zh-hans"], "有轨电车") == ["有轨", "轨电", "电车"]
    assert engine_tokens(ENGINE_ANALYZERS["ar"], "المدينة") == engine_tokens(ENGINE_ANALYZERS["ar"], "مدينة")
    assert subfield_name("zh-hans") == "zh_hans"
