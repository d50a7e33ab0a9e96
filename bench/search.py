#!/usr/bin/env python
"""Search benchmark: index build time and query latency, database backend and engine, one run.

    .venv/bin/python bench/search.py [--count 10000] [--queries 200] [--no-engine]

Generates COUNT fact sheets (half in French, half in English) in a throw-away database
(tmp/bench-search.sqlite3, or the PostgreSQL database named by BENCH_DATABASE_URL), rebuilds
each backend's index with ``update_index`` (timed), then runs the same representative queries
(words alone, words with filters, filters alone, date order; facets computed every time, the
result page rendered as the search page does) against each backend and prints p50/p95/p99.
The engine is the one at SEARCH_URL (default http://127.0.0.1:9200, ``make search-engine``).
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

THEMES = [
    ("Développement territorial", "Territorial development"),
    ("Économie circulaire", "Circular economy"),
    ("Énergie", "Energy"),
    ("Europe et international", "Europe and international"),
    ("Financement", "Funding"),
    ("Gouvernance participative", "Participatory governance"),
    ("Ingénierie", "Engineering"),
    ("Mobilité", "Mobility"),
    ("Nature en ville", "Nature in the city"),
    ("Numérique", "Digital"),
    ("Valeur du sol", "Land value"),
    ("Services urbains intégrés", "Integrated urban services"),
]
COUNTRIES = [
    ("Brésil", "Brazil", "BR"), ("Maroc", "Morocco", "MA"), ("Inde", "India", "IN"), ("Chine", "China", "CN"),
    ("Viêt Nam", "Vietnam", "VN"), ("Colombie", "Colombia", "CO"), ("Mexique", "Mexico", "MX"),
    ("Sénégal", "Senegal", "SN"), ("Égypte", "Egypt", "EG"), ("Chili", "Chile", "CL"),
    ("Indonésie", "Indonesia", "ID"), ("Tunisie", "Tunisia", "TN"), ("Kenya", "Kenya", "KE"),
    ("Côte d'Ivoire", "Ivory Coast", "CI"), ("Argentine", "Argentina", "AR"), ("Pérou", "Peru", "PE"),
    ("Afrique du Sud", "South Africa", "ZA"), ("Émirats arabes unis", "United Arab Emirates", "AE"),
]
SOLUTIONS = [
    ("Tramway sans caténaire", "Catenary-free tramway"),
    ("Réseau de chaleur biomasse", "Biomass district heating"),
    ("Réutilisation des eaux usées", "Wastewater reuse"),
    ("Écoquartier à énergie positive", "Positive-energy eco-district"),
    ("Bus à hydrogène", "Hydrogen buses"),
    ("Tri et valorisation des déchets", "Waste sorting and recovery"),
    ("Jardins de pluie", "Rain gardens"),
    ("Jumeau numérique de la ville", "City digital twin"),
    ("Téléphérique urbain", "Urban cable car"),
    ("Réemploi des matériaux de chantier", "Reuse of building materials"),
    ("Centrale solaire flottante", "Floating solar plant"),
    ("Éclairage public intelligent", "Smart street lighting"),
]
CITIES = ["Lyon", "Grenoble", "Bordeaux", "Nantes", "Lille", "Strasbourg", "Montpellier", "Rennes", "Dunkerque", "Pau"]
FR_WORDS = (
    "la ville durable mobilité énergies renouvelables économie circulaire réseau chaleur eau potable quartier "
    "habitants transport collectif biodiversité sobriété rénovation bâtiments logement déchets collecte "
    "gouvernance concertation financement ingénierie innovation démonstrateur industriel partenaires"
).split()
EN_WORDS = (
    "the sustainable city mobility renewable energies circular economy heating network drinking water district "
    "residents public transport biodiversity sobriety renovation buildings housing waste collection "
    "governance consultation funding engineering innovation industrial demonstrator partners"
).split()
FR_QUERIES = [
    "tramway", "réseau de chaleur", "economie circulaire", "énergies renouvelables", "eaux usées", "hydrogène",
    "quartier", "déchets", "jardins de pluie", "numérique", "téléphérique", "solaire", "Lyon", "réemploi matériaux",
    "mobilité durable", "bâtiments rénovation",
]
EN_QUERIES = [
    "tramway", "district heating", "circular economy", "renewable energy", "water reuse", "hydrogen", "waste",
    "rain gardens", "digital twin", "cable car", "solar", "Lyon", "building materials", "sustainable mobility",
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000, help="fact sheets to generate (half fr, half en)")
    parser.add_argument("--queries", type=int, default=200, help="queries measured per backend")
    parser.add_argument("--no-engine", action="store_true", help="measure the database backend only")
    parser.add_argument("--reuse", action="store_true", help="reuse the generated database if it exists")
    parser.add_argument("--keep-index", action="store_true", help="with --reuse: measure the indexes as they are, without rebuilding them")
    return parser.parse_args()


def setup_django(reuse):
    database_url = os.environ.get("BENCH_DATABASE_URL")
    if not database_url:
        path = ROOT / "tmp" / "bench-search.sqlite3"
        path.parent.mkdir(exist_ok=True)
        if path.exists() and not reuse:
            path.unlink()
        database_url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vivapolis.settings.test")
    os.environ.pop("SEARCH_BACKEND", None)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def generate(count):
    from django.conf import settings
    from wagtail.models import Locale, Page, Site

    from showcase.models import FactSheetCountry, FactSheetPage, FactSheetTheme
    from tests import factories as f
    from tests.factories import FactSheetPageFactory

    if FactSheetPage.objects.count() >= count:
        print(f"Reusing {FactSheetPage.objects.count()} fact sheets")
        return
    # Pages are indexed after generation, by the timed rebuild, not one by one on save.
    for config in settings.WAGTAILSEARCH_BACKENDS.values():
        config["AUTO_UPDATE"] = False
    rng = random.Random(2026)
    root = Page.get_first_root_node()
    trees = {}
    for position, code in enumerate(("fr", "en")):
        locale, _ = Locale.objects.get_or_create(language_code=code)
        home = f.HomePageFactory(parent=root, slug=f"bench-{code}", locale=locale, title=f"Vivapolis {code}")
        if position == 0:
            Site.objects.filter(is_default_site=True).update(root_page=home, hostname="localhost")
        themes_index = f.ThemeIndexPageFactory(parent=home, locale=locale)
        countries_index = f.CountryIndexPageFactory(parent=home, locale=locale)
        trees[code] = {
            "sheets": f.FactSheetIndexPageFactory(parent=home, locale=locale),
            "themes": [f.ThemePageFactory(parent=themes_index, title=pair[position], locale=locale) for pair in THEMES],
            "countries": [
                f.CountryPageFactory(parent=countries_index, title=c[position], iso_code=c[2], locale=locale) for c in COUNTRIES
            ],
            "programmes": [
                f.ProgrammePageFactory(parent=themes_index, title=t, acronym=a, locale=locale)
                for t, a in (("Démonstrateurs industriels pour la ville durable", "DIVD"), ("Investissements d'avenir", "PIA"))
            ],
        }
    started = time.perf_counter()
    for number in range(count):
        code = "fr" if number % 2 == 0 else "en"
        position = 0 if code == "fr" else 1
        tree = trees[code]
        words = FR_WORDS if code == "fr" else EN_WORDS
        solution = rng.choice(SOLUTIONS)[position]
        city = rng.choice(CITIES)
        summary = " ".join(rng.choices(words, k=25)).capitalize() + "."
        sheet = FactSheetPageFactory(
            parent=tree["sheets"],
            title=f"{solution} — {city} #{number}",
            summary=summary,
            city=city,
            year_start=rng.randint(2005, 2025),
            programme=rng.choice(tree["programmes"] + [None, None, None]),
            place_country=None,
            body=[("paragraph", "<p>" + " ".join(rng.choices(words, k=120)) + "</p>")],
        )
        for theme in rng.sample(tree["themes"], rng.randint(1, 3)):
            FactSheetTheme.objects.create(page=sheet, theme=theme, locale=sheet.locale)
        for country in rng.sample(tree["countries"], rng.randint(0, 3)):
            FactSheetCountry.objects.create(page=sheet, country=country, locale=sheet.locale)
        if number and number % 500 == 0:
            elapsed = time.perf_counter() - started
            print(f"  {number} fact sheets generated ({elapsed:.0f} s)", flush=True)
    print(f"Generated {count} fact sheets in {time.perf_counter() - started:.0f} s")


def representative_queries(total):
    from wagtail.models import Locale

    from countries.models import CountryPage
    from search.service import SearchCriteria
    from themes.models import ThemePage

    rng = random.Random(7)
    locales = {code: Locale.objects.get(language_code=code) for code in ("fr", "en")}
    themes = {code: list(ThemePage.objects.filter(locale=locale).values_list("pk", flat=True)) for code, locale in locales.items()}
    countries = {code: list(CountryPage.objects.filter(locale=locale).values_list("pk", flat=True)) for code, locale in locales.items()}
    queries = []
    for number in range(total):
        code = "fr" if number % 2 == 0 else "en"
        words = rng.choice(FR_QUERIES if code == "fr" else EN_QUERIES)
        kind = number % 10
        criteria = SearchCriteria(query=words)
        if kind in (6, 7):  # words and one filter
            criteria.filters["theme"] = rng.choice(themes[code])
        elif kind == 8:  # filters only
            criteria = SearchCriteria(filters={"theme": rng.choice(themes[code]), "country": rng.choice(countries[code])})
        elif kind == 9:  # words, two filters, date order, second page
            criteria.filters["country"] = rng.choice(countries[code])
            criteria.filters["year"] = rng.randint(2005, 2025)
            criteria.sort = "date"
            criteria.page = "2"
        queries.append((code, locales[code], criteria))
    return queries


def measure(alias_config, queries):
    from copy import copy

    from django.test.utils import override_settings
    from django.utils import translation

    from search import service

    timings, cpu_timings = [], []
    with override_settings(WAGTAILSEARCH_BACKENDS=alias_config):
        for code, locale, criteria in queries:
            with translation.override(code):
                started, cpu_started = time.perf_counter(), time.process_time()
                outcome = service.search(copy(criteria), locale)
                for result in outcome.results:
                    result.page.title, result.url  # what the result list shows
                timings.append((time.perf_counter() - started) * 1000)
                cpu_timings.append((time.process_time() - cpu_started) * 1000)
    return timings, cpu_timings


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def report(name, build_seconds, timings, cpu_timings):
    print(
        f"{name:<22} index build {build_seconds:7.1f} s   "
        f"p50 {percentile(timings, 0.50):6.1f} ms   p95 {percentile(timings, 0.95):6.1f} ms   "
        f"p99 {percentile(timings, 0.99):6.1f} ms   (n={len(timings)}, load average {os.getloadavg()[0]:.1f})"
    )
    # On a busy machine, the CPU time of this process varies less than the wall time; it leaves out
    # the time spent in another process (PostgreSQL, the engine), so it only tells about SQLite.
    print(
        f"{'':<22} this process's CPU time: p50 {percentile(cpu_timings, 0.50):6.1f} ms   "
        f"p95 {percentile(cpu_timings, 0.95):6.1f} ms   p99 {percentile(cpu_timings, 0.99):6.1f} ms"
    )


def rebuild(alias_config):
    from django.core.management import call_command
    from django.test.utils import override_settings

    with override_settings(WAGTAILSEARCH_BACKENDS=alias_config), open(os.devnull, "w") as devnull:
        started = time.perf_counter()
        call_command("update_index", backend_name="default", chunk_size=500, stdout=devnull)
        elapsed = time.perf_counter() - started
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # what autovacuum does shortly after a bulk load
            cursor.execute("ANALYZE")
    return elapsed


def main():
    args = parse_args()
    setup_django(args.reuse)
    from django.db import connection

    from vivapolis.settings.base import SEARCH_DATABASE_BACKEND, search_engine_backend

    generate(args.count)
    queries = representative_queries(args.queries)
    backends = [(f"database ({connection.vendor})", {"default": SEARCH_DATABASE_BACKEND})]
    if not args.no_engine:
        url = os.environ.get("SEARCH_URL", "http://127.0.0.1:9200")
        engine = os.environ.get("SEARCH_BACKEND_BENCH", "opensearch2")
        backends.append((f"engine ({engine})", {"default": search_engine_backend(url, engine, "vivapolis_bench_")}))

    print(f"\n{args.count} fact sheets (fr + en), {len(queries)} queries per backend, facets on every query")
    for name, config in backends:
        build_seconds = float("nan") if args.keep_index else rebuild(config)
        measure(config, queries[:20])  # warm caches and connections
        report(name, build_seconds, *measure(config, queries))


if __name__ == "__main__":
    main()
