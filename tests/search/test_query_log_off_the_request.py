"""Searches are counted in the shared cache, not in the database; the worker writes them to the query log, once."""

from datetime import timedelta
from io import StringIO

import time_machine
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from search import query_log_flush
from search.models import SearchTerm

from .query_log_flushing import flush_search_log, flushed_search_log  # noqa: F401  (fixture)

SEARCHES = ["tramway", "Tramway", "téléphérique", "tramway"]


def search_all(client):
    for query in SEARCHES:
        assert client.get("/fr/recherche/", {"q": query}).status_code == 200


def counts():
    return {term.query_string: (term.hits, term.no_result_hits) for term in SearchTerm.objects.all()}


def test_a_search_writes_nothing_to_the_database(site_tree, client, flushed_search_log):
    search_all(client)  # the site's settings are created at the first request (and cached) before the count
    with CaptureQueriesContext(connection) as queries:
        search_all(client)

    writes = [query["sql"] for query in queries if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []
    assert counts() == {}
    assert SearchTerm._meta.db_table not in " ".join(query["sql"] for query in queries)


def test_the_flush_writes_each_term_with_its_counts(site_tree, client, flushed_search_log):
    search_all(client)

    assert flushed_search_log() == len(SEARCHES)

    assert counts() == {"tramway": (3, 3), "téléphérique": (1, 1)}  # the site tree has no fact sheet: nothing found
    assert flushed_search_log() == 0  # written once
    assert counts() == {"tramway": (3, 3), "téléphérique": (1, 1)}


def test_the_worker_writes_a_minute_once_it_is_over(site_tree, client, flushed_search_log):
    search_all(client)
    output = StringIO()

    call_command("flush_query_log", stdout=output)  # the minute is still open: requests may still count into it
    assert counts() == {}
    with time_machine.travel(timezone.now() + timedelta(minutes=3)):
        call_command("flush_query_log", stdout=output)

    assert counts() == {"tramway": (3, 3), "téléphérique": (1, 1)}
    assert output.getvalue().splitlines() == ["0 searches written to the query log.", "4 searches written to the query log."]


def test_two_workers_flushing_at_once_write_each_search_once(site_tree, client, flushed_search_log, monkeypatch):
    search_all(client)
    real_counted_terms = query_log_flush.counted_terms
    second_worker = []

    def read_while_another_worker_flushes(bucket):
        if not second_worker:
            second_worker.append(flush_search_log())  # the other worker runs its whole flush at this very moment
        return real_counted_terms(bucket)

    monkeypatch.setattr(query_log_flush, "counted_terms", read_while_another_worker_flushes)

    assert flush_search_log() == len(SEARCHES)
    assert second_worker == [0]
    assert counts() == {"tramway": (3, 3), "téléphérique": (1, 1)}


def test_a_failed_write_is_tried_again_at_the_next_flush(site_tree, client, flushed_search_log, monkeypatch):
    search_all(client)
    monkeypatch.setattr(query_log_flush, "record", lambda *args: 1 / 0)
    try:
        flush_search_log()
    except ZeroDivisionError:
        pass
    monkeypatch.undo()

    assert flush_search_log() == len(SEARCHES)
    assert counts() == {"tramway": (3, 3), "téléphérique": (1, 1)}
