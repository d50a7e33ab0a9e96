#!/usr/bin/env python
"""Load benchmark: visitors browsing while an editor publishes, under the production settings.

    .venv/bin/python bench/load.py [--visitors 50] [--duration 60] [--publish-every 3]
    DATABASE_URL=postgresql://... .venv/bin/python bench/load.py   # a PostgreSQL database with the demo (`make demo`)

It starts gunicorn with 2 workers (as `make serve`; on a copy of the SQLite demo database unless
DATABASE_URL names another), then, for ``--duration`` seconds on loopback only, runs ``--visitors`` visitors
fetching the demo's pages in every language, searches and booklets at random, one after the other (the
background worker runs beside gunicorn, as with `make serve`, and renders the booklets: a booklet not rendered
yet answers 202 until it is), while an editor in this process publishes a change to a fact sheet every ``--publish-every`` seconds (a new revision,
published: the page cache is purged as on the live site). It prints the visitors' answers by status, their
latency percentiles, and the publishes that succeeded and failed. 0 answers >= 500 and 0 failed publishes
is the target (docs/benchmarks.md).
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import ROOT, page_paths, prepare_database, production_environment, start_gunicorn  # noqa: E402

LANGUAGES = ["fr", "en", "es", "pt", "ar", "zh-hans"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument("--duration", type=int, default=60, help="seconds")
    parser.add_argument("--publish-every", type=float, default=3.0, help="seconds between two publishes")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--no-page-cache", action="store_true", help="every request renders its page")
    return parser.parse_args()


def setup_django(page_cache):
    """This process as the site's own (the server's settings and cache), for the editor's publishes."""
    os.environ.update(production_environment(page_cache))
    import django

    django.setup()


def visitor_urls(base_url):
    """The pages of each type in each language, a search per language and the fact sheet booklets."""
    from django.urls import reverse
    from django.utils import translation

    from showcase.models import FactSheetPage
    from themes.models import ThemePage

    paths = list(page_paths(LANGUAGES).values())
    for language in ("fr", "ar"):
        with translation.override(language):
            paths += [reverse("showcase:fact_sheet_pdf", args=[page.pk]) for page in FactSheetPage.objects.live().filter(locale__language_code=language)[:2]]
            paths += [reverse("showcase:booklet_pdf", args=[page.pk]) for page in ThemePage.objects.live().filter(locale__language_code=language)[:1]]
    return [base_url + path for path in paths]


def start_worker(page_cache):
    """The background worker, as `make serve` starts it beside gunicorn: it renders the booklets."""
    return subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "python"), "manage.py", "run_worker"],
        cwd=ROOT, env=production_environment(page_cache), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def visit(urls, deadline, answers, booklets, latencies, lock):
    chooser = random.Random()
    while time.monotonic() < deadline:
        url = chooser.choice(urls)
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=60) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError as error:
            status = f"no answer ({type(error).__name__})"
        with lock:
            answers[status] += 1
            if "/booklet/" in url:
                booklets[status] += 1
            latencies.append(time.perf_counter() - started)


def publish_repeatedly(deadline, every, outcomes):
    """The editor: a new summary on one of the fact sheets, published, every ``every`` seconds."""
    from django.db import close_old_connections

    from showcase.models import FactSheetPage

    sheets = list(FactSheetPage.objects.live().filter(locale__language_code="fr").values_list("pk", flat=True)[:10])
    count = 0
    while time.monotonic() < deadline:
        started = time.monotonic()
        close_old_connections()
        try:
            page = FactSheetPage.objects.get(pk=sheets[count % len(sheets)])
            page.summary = f"{page.summary.split(' [')[0]} [{count}]"
            page.save_revision().publish()
            outcomes["published"] += 1
        except Exception as error:  # what failed is the figure this benchmark reports
            outcomes[f"failed: {type(error).__name__}: {error}"[:120]] += 1
        count += 1
        time.sleep(max(0.0, every - (time.monotonic() - started)))


def report(args, answers, booklets, latencies, outcomes, elapsed):
    total = sum(answers.values())
    server_errors = sum(count for status, count in answers.items() if not isinstance(status, int) or status >= 500)
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    print(f"{args.visitors} visitors for {elapsed:.0f} s, database {os.environ['DATABASE_URL'].split(':')[0]}, "
          f"page cache {'off' if args.no_page_cache else 'on'}, load average {os.getloadavg()[0]:.1f}")
    print(f"  requests: {total} ({total / elapsed:.1f}/s); answers: {dict(sorted(answers.items(), key=str))}")
    print(f"  booklets: {dict(sorted(booklets.items(), key=str))} (202: queued for the worker, 200: the PDF)")
    print(f"  latency: p50 {quantiles[49] * 1000:.0f} ms, p95 {quantiles[94] * 1000:.0f} ms, p99 {quantiles[98] * 1000:.0f} ms")
    print(f"  visitor answers >= 500 or none: {server_errors}")
    print(f"  editor: {dict(outcomes)}")
    failed = sum(count for outcome, count in outcomes.items() if outcome != "published")
    return 1 if server_errors or failed else 0


def main():
    args = parse_args()
    if "DATABASE_URL" not in os.environ:
        prepare_database()
    server = start_gunicorn(args.port, page_cache=not args.no_page_cache)
    worker = start_worker(page_cache=not args.no_page_cache)
    try:
        setup_django(page_cache=not args.no_page_cache)
        urls = visitor_urls(f"http://127.0.0.1:{args.port}")
        answers, booklets, latencies, outcomes, lock = Counter(), Counter(), [], Counter(), threading.Lock()
        started = time.monotonic()
        deadline = started + args.duration
        threads = [threading.Thread(target=visit, args=(urls, deadline, answers, booklets, latencies, lock)) for _ in range(args.visitors)]
        threads.append(threading.Thread(target=publish_repeatedly, args=(deadline, args.publish_every, outcomes)))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return report(args, answers, booklets, latencies, outcomes, time.monotonic() - started)
    finally:
        for process in (server, worker):
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
