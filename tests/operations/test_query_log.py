"""The query log keeps normalised queries only, a bounded number of new terms a day, for a limited time."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from search.models import SearchTerm
from tests.search.query_log_flushing import flushed_search_log  # noqa: F401  (fixture)


def logged_terms():
    return sorted(SearchTerm.objects.values_list("query_string", flat=True))


def test_queries_are_logged_lowercased_with_whitespace_collapsed(site_tree, client, flushed_search_log):
    client.get("/fr/recherche/", {"q": "  Tramway\tSOLAIRE \n à  Bordeaux "})
    client.get("/fr/recherche/", {"q": "tramway solaire à bordeaux"})
    flushed_search_log()

    assert logged_terms() == ["tramway solaire à bordeaux"]
    assert SearchTerm.objects.get().hits == 2


def test_long_queries_are_cut(site_tree, client, settings, flushed_search_log):
    client.get("/fr/recherche/", {"q": "énergie " * 100})
    flushed_search_log()

    assert len(logged_terms()[0]) <= settings.VIVAPOLIS_QUERY_LOG_MAX_LENGTH
    assert logged_terms()[0].startswith("énergie énergie")


def test_new_terms_stop_at_the_daily_cap_but_known_ones_still_count(site_tree, client, settings, flushed_search_log):
    settings.VIVAPOLIS_QUERY_LOG_NEW_TERMS_PER_DAY = 3
    for word in ["eau", "air", "sol", "feu", "bois"]:
        client.get("/fr/recherche/", {"q": word})
    client.get("/fr/recherche/", {"q": "eau"})
    flushed_search_log()

    assert logged_terms() == ["air", "eau", "sol"]
    assert SearchTerm.objects.get(query_string="eau").hits == 2


def test_the_cap_starts_again_the_next_day(site_tree, client, settings, flushed_search_log):
    settings.VIVAPOLIS_QUERY_LOG_NEW_TERMS_PER_DAY = 1
    with time_machine.travel(timezone.now() - timedelta(days=1)):
        client.get("/fr/recherche/", {"q": "eau"})
    client.get("/fr/recherche/", {"q": "air"})
    flushed_search_log()

    assert logged_terms() == ["air", "eau"]


@pytest.mark.django_db
def test_purge_forgets_terms_older_than_the_retention_period(settings):
    settings.VIVAPOLIS_QUERY_LOG_RETENTION_DAYS = 30
    now = timezone.now()
    SearchTerm.objects.create(query_string="ancien", language_code="fr", last_searched_at=now - timedelta(days=31))
    SearchTerm.objects.create(query_string="récent", language_code="fr", last_searched_at=now - timedelta(days=29))
    out = StringIO()

    call_command("purge_query_log", stdout=out)

    assert logged_terms() == ["récent"]
    assert "1 search terms not searched for in 30 days forgotten." in out.getvalue()
