"""Search: the database backend always, the engine when SEARCH_URL is set, and the query log."""

import os

from .database import DATABASES

# Search: the database backend (SQLite FTS5, or PostgreSQL with one text search configuration per
# locale) always exists under "database"; SEARCH_URL + SEARCH_BACKEND (opensearch2 or
# elasticsearch8) make the engine the default, with the database as the fallback when it is down.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "opensearch2" if SEARCH_URL else "database")
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "vivapolis_")
# The database backend of the database in use: per-language configurations on PostgreSQL,
# weighted FTS5 columns on SQLite, Wagtail's own backend elsewhere.
DATABASE_SEARCH_BACKENDS = {
    "django.db.backends.postgresql": "search.backends.postgres",
    "django.db.backends.sqlite3": "search.backends.sqlite",
}
SEARCH_DATABASE_BACKEND = {
    "BACKEND": DATABASE_SEARCH_BACKENDS.get(DATABASES["default"]["ENGINE"], "wagtail.search.backends.database")
}


# Copies of each shard on other nodes: 1 on a cluster of two nodes or more, so search answers while one is down.
SEARCH_REPLICAS = os.environ.get("SEARCH_REPLICAS", "")


def search_engine_backend(url, backend, index_prefix):
    """``url`` may list the nodes of a cluster, comma-separated: the client spreads requests over them."""
    index_settings = {"settings": {"index": {"number_of_replicas": int(SEARCH_REPLICAS)}}} if SEARCH_REPLICAS else {}
    nodes = [node.strip() for node in url.split(",") if node.strip()]
    return {
        "BACKEND": f"search.backends.{backend}",
        "URLS": nodes,
        "INDEX_PREFIX": index_prefix,
        "INDEX_SETTINGS": index_settings,
        "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
        "CONNECT_TIMEOUT": float(os.environ.get("SEARCH_CONNECT_TIMEOUT", "1")),
        "RETRY_AFTER": int(os.environ.get("SEARCH_RETRY_AFTER", "30")),  # search/breaker.py
        # A request that fails on one node is tried on each other node (the client then skips the failed one).
        "OPTIONS": {"max_retries": len(nodes) - 1},
    }


if SEARCH_URL and SEARCH_BACKEND != "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": search_engine_backend(SEARCH_URL, SEARCH_BACKEND, SEARCH_INDEX_PREFIX),
        "database": SEARCH_DATABASE_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}

# The query log (search/query_log.py): normalised queries of at most this many characters, at most
# this many new terms a day, each forgotten that many days after its last search (purge_query_log).
VIVAPOLIS_QUERY_LOG_MAX_LENGTH = 100
VIVAPOLIS_QUERY_LOG_NEW_TERMS_PER_DAY = int(os.environ.get("QUERY_LOG_NEW_TERMS_PER_DAY", "1000"))
VIVAPOLIS_QUERY_LOG_RETENTION_DAYS = int(os.environ.get("QUERY_LOG_RETENTION_DAYS", "395"))
