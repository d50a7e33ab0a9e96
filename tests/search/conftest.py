"""The search test suite runs once on the database backend and once on the engine.

Engine runs need the engine at SEARCH_URL (``make search-engine``). They skip with the reason
when it is unreachable, except under CI=true, where a missing engine is a failure.
"""

import os
import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from vivapolis.settings.base import SEARCH_DATABASE_BACKEND, search_engine_backend

ENGINE_NAME = os.environ.get("SEARCH_BACKEND", "opensearch2")
if ENGINE_NAME == "database":
    ENGINE_NAME = "opensearch2"
# Each pytest-xdist worker (``make test`` runs two) searches its own indexes.
TEST_INDEX_PREFIX = f"vivapolis_test_{os.environ['PYTEST_XDIST_WORKER']}_" if os.environ.get("PYTEST_XDIST_WORKER") else "vivapolis_test_"
# The shared trees (tests/conftest.py) of the search corpus: built before the engine is switched on.
CORPUS_TREES = ("search_corpus", "chinese_search_corpus")


def engine_url():
    return os.environ.get("SEARCH_URL", "http://127.0.0.1:9200")


def engine_reachable(url):
    try:
        # Elasticsearch's integ-test-zip has no handler for "/" (405): ask for the cluster's health.
        with urllib.request.urlopen(url.rstrip("/") + "/_cluster/health", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def require_engine():
    url = engine_url()
    if engine_reachable(url):
        return url
    message = f"search engine not reachable at {url} (run `make search-engine`)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but the {message}")
    pytest.skip(message)


def engine_settings(url):
    return {
        "default": search_engine_backend(url, ENGINE_NAME, TEST_INDEX_PREFIX),
        "database": SEARCH_DATABASE_BACKEND,
    }


@dataclass
class SearchEnvironment:
    """Which backend the visitor's searches use, and what it guarantees."""

    name: str
    client: object

    @property
    def is_engine(self):
        return self.name == "engine"

    @property
    def stems(self):
        """SQLite FTS5 does not stem; PostgreSQL and the engine do (docs/benchmarks.md)."""
        return self.is_engine or connection.vendor == "postgresql"

    def refresh(self):
        if self.is_engine:
            get_search_backend("default").refresh_indexes()

    def url(self, language="fr", name="search:search"):
        with translation.override(language):
            return reverse(name)

    def get(self, params=None, language="fr", name="search:search"):
        self.refresh()
        return self.client.get(self.url(language, name), params or {})


_indexes_built = False


def empty_engine_indexes():
    """The first engine test rebuilds the indexes (mappings, analyzers); later ones just empty them."""
    global _indexes_built
    backend = get_search_backend("default")
    if not _indexes_built:
        with open(os.devnull, "w") as devnull:
            call_command("update_index", backend_name="default", stdout=devnull)
        _indexes_built = True
    # The minimal engine build has no _delete_by_query (reindex module): delete what is there.
    pattern = f"{TEST_INDEX_PREFIX}*"
    backend.es.indices.refresh(index=pattern)
    hits = backend.es.search(index=pattern, body={"query": {"match_all": {}}, "size": 10000, "_source": False})
    actions = [{"_op_type": "delete", "_index": hit["_index"], "_id": hit["_id"]} for hit in hits["hits"]["hits"]]
    if actions:
        backend.bulk(backend.es, actions, refresh=True)


def index_in_engine():
    """A shared tree's pages were saved before the engine was switched on: index what the database holds."""
    backend = get_search_backend("default")
    for model in get_indexed_models():
        backend.add_bulk(model, model.get_indexed_objects())
    backend.refresh_indexes()


@pytest.fixture(params=["database", pytest.param("engine", marks=[pytest.mark.engine, pytest.mark.slow])])
def search_env(request, settings, client, db):
    if request.param == "engine":
        settings.WAGTAILSEARCH_BACKENDS = engine_settings(require_engine())
        empty_engine_indexes()
        if any(tree in request.fixturenames for tree in CORPUS_TREES):
            index_in_engine()
    return SearchEnvironment(name=request.param, client=client)


@pytest.fixture
def corpus(search_corpus, search_env):
    """The search corpus, found by the backend the test runs on."""
    return search_corpus
