#!/usr/bin/env python
"""Relevance benchmark: recall@10 and MRR per language and backend, on the demo content.

    .venv/bin/python bench/relevance.py [--reuse] [--no-engine] [--misses]

Loads the demo content (``manage.py load_demo``: 26 fact sheets in six languages, with themes,
countries, members, news...) into a throw-away database (tmp/bench-relevance.sqlite3, or the
PostgreSQL database named by BENCH_DATABASE_URL), adds the synonyms each query file lists, then runs
the labelled queries of ``bench/relevance/<language>.toml`` the way the search page does (misspelt
queries corrected, promoted pages first) and prints, per backend and language, recall@10 (the share
of the expected fact sheets among the first ten results) and MRR (the mean of 1 / the rank of the
first expected fact sheet, 0 when it is not in the first ten). The engine is the one at SEARCH_URL
(default http://127.0.0.1:9200, ``make search-engine``), skipped when it does not answer.
``tests/search/test_relevance_benchmark.py`` asserts the thresholds below on the backend of the run.
"""

import argparse
import os
import sys
import tomllib
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY_DIR = Path(__file__).resolve().parent / "relevance"
TOP = 10
RECALL_TARGET = 0.9
MRR_TARGET = 0.7


@dataclass
class Score:
    language: str
    recalls: list = field(default_factory=list)
    reciprocal_ranks: list = field(default_factory=list)
    misses: list = field(default_factory=list)

    @property
    def recall(self):
        return sum(self.recalls) / len(self.recalls)

    @property
    def mrr(self):
        return sum(self.reciprocal_ranks) / len(self.reciprocal_ranks)

    @property
    def meets_targets(self):
        return self.recall >= RECALL_TARGET and self.mrr >= MRR_TARGET


def load_query_sets():
    """``{language: {"synonyms": [...], "queries": [{"query", "kind", "expected"}, ...]}}``."""
    sets = {}
    for path in sorted(QUERY_DIR.glob("*.toml")):
        with path.open("rb") as file:
            data = tomllib.load(file)
        sets[data["language"]] = data
    return sets


def add_synonyms(query_sets):
    from wagtail.models import Locale

    from search.models import Synonym

    for language, data in query_sets.items():
        locale = Locale.objects.get(language_code=language)
        for terms in data.get("synonyms", []):
            Synonym.objects.get_or_create(locale=locale, terms=", ".join(part.strip() for part in terms.split(",")))


def expected_page_ids(slugs, locale):
    """The pages a visitor of ``locale`` is shown for these French fact sheets: the translation, else the French page."""
    from wagtail.models import Page

    from showcase.models import FactSheetPage

    french = FactSheetPage.objects.filter(slug__in=slugs, locale__language_code="fr")
    keys = {page.translation_key: page.pk for page in french}
    translated = Page.objects.live().filter(translation_key__in=keys, locale=locale)
    found = {page.translation_key: page.pk for page in translated}
    return {found.get(key, french_pk) for key, french_pk in keys.items()}


def ranked_ids(query, locale):
    from django.utils import translation

    from search.service import SearchCriteria
    from search.suggestions import search_with_correction

    with translation.override(locale.language_code):
        outcome, _misspelt = search_with_correction(SearchCriteria.from_querydict({"q": query}), locale)
    ranked = [promotion.page_id for promotion in outcome.promoted]
    ranked += [result.page.pk for result in outcome.results]
    return ranked[:TOP]


def score_language(language, data):
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language)
    score = Score(language)
    for entry in data["queries"]:
        expected = expected_page_ids(entry["expected"], locale)
        ranked = ranked_ids(entry["query"], locale)
        score.recalls.append(len(expected.intersection(ranked)) / len(expected))
        rank = next((position for position, pk in enumerate(ranked, 1) if pk in expected), None)
        score.reciprocal_ranks.append(1 / rank if rank else 0.0)
        if rank != 1:
            score.misses.append((entry["query"], entry["kind"], rank))
    return score


def score_all(query_sets=None):
    query_sets = query_sets or load_query_sets()
    add_synonyms(query_sets)
    return [score_language(language, data) for language, data in query_sets.items()]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuse", action="store_true", help="reuse the database with the demo content if it exists")
    parser.add_argument("--no-engine", action="store_true", help="measure the database backend only")
    parser.add_argument("--misses", action="store_true", help="list the queries whose first result is not expected")
    return parser.parse_args()


def setup_django(reuse):
    database_url = os.environ.get("BENCH_DATABASE_URL")
    fresh = not reuse
    if not database_url:
        path = ROOT / "tmp" / "bench-relevance.sqlite3"
        path.parent.mkdir(exist_ok=True)
        if path.exists() and not reuse:
            path.unlink()
        fresh = fresh or not path.exists()
        database_url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vivapolis.settings.test")
    os.environ.pop("SEARCH_BACKEND", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    if fresh:
        with open(os.devnull, "w") as devnull:
            call_command("load_demo", stdout=devnull)


def engine_answers(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def rebuild(config):
    from django.core.management import call_command
    from django.test.utils import override_settings

    with override_settings(WAGTAILSEARCH_BACKENDS=config), open(os.devnull, "w") as devnull:
        call_command("update_index", backend_name="default", stdout=devnull)


def main():
    args = parse_args()
    setup_django(args.reuse)
    from django.db import connection
    from django.test.utils import override_settings

    from vivapolis.settings.base import SEARCH_DATABASE_BACKEND, search_engine_backend

    backends = [(f"database ({connection.vendor})", {"default": SEARCH_DATABASE_BACKEND})]
    url = os.environ.get("SEARCH_URL", "http://127.0.0.1:9200")
    if not args.no_engine and engine_answers(url):
        engine = os.environ.get("SEARCH_BACKEND_BENCH", "opensearch2")
        config = {"default": search_engine_backend(url, engine, "vivapolis_relevance_"), "database": SEARCH_DATABASE_BACKEND}
        backends.append((f"engine ({engine})", config))
    print(f"\n| backend | language | queries | recall@{TOP} | MRR |\n|---|---|---:|---:|---:|")
    for name, config in backends:
        rebuild(config)
        with override_settings(WAGTAILSEARCH_BACKENDS=config):
            for score in score_all():
                mark = "" if score.meets_targets else " ✘"
                print(f"| {name} | {score.language} | {len(score.recalls)} | {score.recall:.2f} | {score.mrr:.2f}{mark} |")
                for query, kind, rank in score.misses if args.misses else []:
                    print(f"|   | miss: {query!r} ({kind}) | | rank {rank or '> 10'} | |")


if __name__ == "__main__":
    main()
