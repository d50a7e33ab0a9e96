"""The relevance benchmark (bench/relevance.py) meets its targets on the backend of the run: in each of
the six languages, recall@10 ≥ 0.9 and MRR ≥ 0.7 over its labelled queries, on the demo content.

It runs on SQLite in ``make test CI=true``, on PostgreSQL in CI's second run and on the engine when
it answers; ``slow``, because it loads the whole demo (``load_demo``) first."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command

from bench.relevance import MRR_TARGET, RECALL_TARGET, TOP, load_query_sets, score_all


@pytest.fixture
def demo(search_env):
    call_command("load_demo", stdout=io.StringIO())
    search_env.refresh()


def test_every_language_has_at_least_25_labelled_queries():
    query_sets = load_query_sets()

    assert sorted(query_sets) == sorted(code for code, _name in settings.LANGUAGES)
    assert all(len(data["queries"]) >= 25 for data in query_sets.values())


@pytest.mark.slow
def test_every_language_meets_the_relevance_targets(search_env, demo):
    scores = score_all()

    failing = {
        score.language: {f"recall@{TOP}": round(score.recall, 2), "MRR": round(score.mrr, 2), "misses": score.misses}
        for score in scores
        if score.recall < RECALL_TARGET or score.mrr < MRR_TARGET
    }
    assert len(scores) == 6
    assert failing == {}
