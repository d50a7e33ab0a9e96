#!/usr/bin/env python
"""Page benchmark: throughput, latency and queries of the main page types, cold and warm.

    .venv/bin/python bench/pages.py [--duration 8] [--connections 8] [--languages fr ar]
    .venv/bin/python bench/pages.py --base-url http://127.0.0.1:8001 --base-url http://127.0.0.1:8002

Without a base URL it starts the production settings (less the per-address rate limits) under gunicorn (2 workers, as `make serve`) on the
demo database (db.sqlite3, `make demo`), twice: with the page cache off (cold) and on (warm, after one
request per page), and runs `wrk -t2 -cN -dS` against the home, a theme, a fact sheet, a country, the fact
sheet index and a search, in each language. It prints req/s and p50/p99 latency per page, and the
queries the page costs uncached and cached (Django's test client, in this process).

With two base URLs (two commits or two settings already running) it alternates runs between them,
page by page, and prints the ratio second/first: on a shared machine, side by side is the only fair
comparison. `wrk` is Debian's (`scripts/install-system-deps.sh bench`).
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGE_TYPES = ["home", "theme", "fact sheet", "country", "fact sheet index", "search"]
SEARCH_WORDS = {"fr": "énergie", "ar": "énergie"}
BENCH_DATABASE = ROOT / "tmp" / "bench-pages.sqlite3"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", action="append", default=[], help="a running site; give two to compare them")
    parser.add_argument("--duration", type=int, default=8, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--runs", type=int, default=1, help="runs per page (alternating, with two base URLs)")
    parser.add_argument(
        "--paths-of-a", type=Path, metavar="JSON",
        help='the first base URL\'s own paths, {"fact sheet|fr": "/fr/...", ...}, when it serves other content (an older commit)',
    )
    parser.add_argument("--languages", nargs="+", default=["fr", "ar"])
    parser.add_argument("--port", type=int, default=8765)
    return parser.parse_args()


def prepare_database():
    """A migrated copy of the demo database (`make demo`), so that the runs write nothing to it."""
    if not (ROOT / "db.sqlite3").exists():
        raise SystemExit("No demo database: run `make demo` first.")
    shutil.copyfile(ROOT / "db.sqlite3", BENCH_DATABASE)
    os.environ["DATABASE_URL"] = f"sqlite:///{BENCH_DATABASE}"
    manage = [str(ROOT / ".venv" / "bin" / "python"), "manage.py"]
    subprocess.run([*manage, "migrate", "--noinput", "--verbosity", "0"], cwd=ROOT, check=True)
    subprocess.run(["make", "-s", "tmp/secret_key", "staticfiles/staticfiles.json"], cwd=ROOT, check=True)


def setup_django():
    os.environ["DJANGO_SETTINGS_MODULE"] = "vivapolis.settings.test"
    import django

    django.setup()


def page_paths(languages):
    """``{(page type, language): path}`` on the demo database, each page's translation in each language."""
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Locale

    from core.visibility import visible_to_visitors
    from countries.models import CountryPage
    from home.models import HomePage
    from showcase.models import FactSheetIndexPage, FactSheetPage
    from themes.models import ThemePage

    models = {"home": HomePage, "theme": ThemePage, "fact sheet": FactSheetPage, "country": CountryPage,
              "fact sheet index": FactSheetIndexPage}
    paths = {}
    for language in languages:
        locale = Locale.objects.get(language_code=language)
        for name, model in models.items():
            page = visible_to_visitors(model.objects.filter(locale=locale)).order_by("path").first()
            if page is not None:
                paths[(name, language)] = page.url
        with translation.override(language):
            paths[("search", language)] = f"{reverse('search:search')}?q={quote(SEARCH_WORDS.get(language, 'energie'))}"
    return paths


def count_queries(paths):
    """``{(page type, language): (queries uncached, queries cached)}`` through Django's test client."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    counts = {}
    client = Client()
    cache.clear()
    for key, path in paths.items():
        measured = []
        for enabled in (False, False, True, True):  # warm-up, uncached; cached: the first fills it, the second counts
            with override_settings(PAGE_CACHE_ENABLED=enabled), CaptureQueriesContext(connection) as queries:
                client.get(path)
            measured.append(len(queries))
        counts[key] = (measured[1], measured[3])
    return counts


def production_environment(page_cache):
    secret = (ROOT / "tmp" / "secret_key").read_text().strip()
    return {
        **os.environ, "DJANGO_SETTINGS_MODULE": "bench.production_settings", "SECRET_KEY": secret,
        "ALLOWED_HOSTS": "127.0.0.1,localhost", "SECURE_SSL_REDIRECT": "false", "SECURE_COOKIES": "false",
        "SERVE_MEDIA": "true", "PAGE_CACHE": "true" if page_cache else "false",
        "CACHE_DIR": str(ROOT / "tmp" / "bench-cache"),
    }


def start_gunicorn(port, page_cache):
    shutil.rmtree(ROOT / "tmp" / "bench-cache", ignore_errors=True)
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "vivapolis.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        cwd=ROOT, env=production_environment(page_cache), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/fr/", timeout=5)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer on port {port}")


WRK_LINE = {
    "rps": re.compile(r"Requests/sec:\s+([\d.]+)"),
    "p50": re.compile(r"^\s+50%\s+([\d.]+)(us|ms|s)", re.MULTILINE),
    "p99": re.compile(r"^\s+99%\s+([\d.]+)(us|ms|s)", re.MULTILINE),
}
TO_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def run_wrk(url, args):
    for _ in range(3):  # warm-up: fills the page cache and the workers' own caches
        try:
            urllib.request.urlopen(url, timeout=60).read()
        except urllib.error.HTTPError as error:
            raise SystemExit(f"{url} answered {error.code}") from error
    command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--latency", url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in output:
        raise SystemExit(f"{url}: some answers were not 2xx or 3xx\n{output}")
    rps = float(WRK_LINE["rps"].search(output).group(1))
    p50, p99 = (float(m.group(1)) * TO_MS[m.group(2)] for m in (WRK_LINE[k].search(output) for k in ("p50", "p99")))
    return rps, p50, p99


def measure(base_urls, paths, args, paths_of_a=None):
    """``{(page type, language): [(rps, p50, p99) per base URL]}``, runs alternating between base URLs.

    ``paths_of_a``: the first base URL's paths by page type and language, when they are not this site's."""
    results = {}
    for key, path in paths.items():
        own_paths = [paths_of_a.get(key, path) if paths_of_a and index == 0 else path for index in range(len(base_urls))]
        runs = [[] for _ in base_urls]
        for _ in range(args.runs):
            for index, base in enumerate(base_urls):
                runs[index].append(run_wrk(base.rstrip("/") + own_paths[index], args))
        results[key] = [tuple(statistics.median(values) for values in zip(*base_runs)) for base_runs in runs]
    return results


def print_table(title, labels, results, queries=None):
    print(f"\n{title}")
    header = f"{'page':<18}{'lang':<6}" + "".join(f"{label + ' req/s':>16}{'p50 ms':>9}{'p99 ms':>9}" for label in labels)
    if len(labels) == 2:
        header += f"{'ratio':>8}"
    if queries:
        header += f"{'queries':>9}{'cached':>8}"
    print(header)
    for (name, language), figures in results.items():
        line = f"{name:<18}{language:<6}" + "".join(f"{rps:>16.0f}{p50:>9.1f}{p99:>9.1f}" for rps, p50, p99 in figures)
        if len(labels) == 2:
            line += f"{figures[1][0] / figures[0][0]:>8.2f}"
        if queries:
            line += "".join(f"{count:>9}" if i == 0 else f"{count:>8}" for i, count in enumerate(queries[(name, language)]))
        print(line)
    totals = [sum(figures[index][0] for figures in results.values()) for index in range(len(labels))]
    # Every page measured for the same time: the sum of the rates is the throughput of the whole mix.
    line = f"{'all pages':<24}" + "".join(f"{total:>16.0f}{'':>18}" for total in totals)
    if len(labels) == 2:
        line += f"{totals[1] / totals[0]:>8.2f}"
    print(line)


def main():
    args = parse_args()
    if shutil.which("wrk") is None:
        subprocess.run(["bash", str(ROOT / "scripts" / "install-system-deps.sh"), "bench"], check=True)
    if not args.base_url:
        prepare_database()
    setup_django()
    paths = page_paths(args.languages)
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {os.getloadavg()[0]:.1f}, "
          f"wrk -t2 -c{args.connections} -d{args.duration}s, {args.runs} run(s) per page")
    if args.base_url:
        bases = args.base_url[:2]
        print("".join(f"\n{label} = {base}" for label, base in zip("AB", bases)))
        paths_of_a = None
        if args.paths_of_a:
            paths_of_a = {tuple(key.split("|")): path for key, path in json.loads(args.paths_of_a.read_text()).items()}
            print(f"A's own paths: {args.paths_of_a}")
        print_table("Side by side (ratio: B / A)", list("AB")[: len(bases)], measure(bases, paths, args, paths_of_a))
        return
    queries = count_queries(paths)
    figures = {}
    for label, page_cache in (("cold", False), ("warm", True)):
        server = start_gunicorn(args.port, page_cache)
        try:
            figures[label] = measure([f"http://127.0.0.1:{args.port}"], paths, args)
        finally:
            server.terminate()
            server.wait()
    combined = {key: figures["cold"][key] + figures["warm"][key] for key in paths}
    print_table("gunicorn, 2 workers, production settings, SQLite", ["cold", "warm"], combined, queries)


if __name__ == "__main__":
    main()
