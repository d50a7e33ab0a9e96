"""`make audit`: Lighthouse on the main page types, against Debian's chromium, under the production settings.

Starts gunicorn on 127.0.0.1 (a free port, or AUDIT_PORT) with collected, compressed static files,
runs Lighthouse (from node_modules) AUDIT_RUNS times (default 3) on a home, theme, fact sheet,
country and search page in the languages of AUDIT_LANGUAGES, keeps the median run of each page
(chosen by Lighthouse's computeMedianRun, as Lighthouse CI does: single runs vary by several points
on a busy machine), prints its four scores and their minimum, and keeps the JSON reports in
tmp/lighthouse/<date-time>/. The demo content must be loaded (`make demo`).
"""

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
HOST = "127.0.0.1"
PORT = int(os.environ.get("AUDIT_PORT", "0"))  # 0: a free port
LANGUAGES = os.environ.get("AUDIT_LANGUAGES", "en,fr,ar").split(",")
ATTEMPTS = 3
# Lighthouse's own advice on variability: audit several times and keep the median run.
RUNS = int(os.environ.get("AUDIT_RUNS", "3"))
PRESET = os.environ.get("AUDIT_PRESET", "mobile")  # "mobile" (Lighthouse's default) or "desktop"
REPORTS = ROOT / "tmp" / "lighthouse" / time.strftime("%Y%m%d-%H%M%S")


def page_addresses():
    """One page of each main type per language, read from the database the site uses."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vivapolis.settings.dev")
    import django

    django.setup()
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Locale

    from countries.models import CountryPage
    from home.models import HomePage
    from showcase.models import FactSheetPage
    from themes.models import ThemePage

    addresses = []
    for language in LANGUAGES:
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        fact_sheet = FactSheetPage.objects.live().public().filter(locale=locale).order_by("path").first()
        for kind, model in (("home", HomePage), ("theme", ThemePage), ("fact sheet", FactSheetPage), ("country", CountryPage)):
            page = fact_sheet if model is FactSheetPage else model.objects.live().public().filter(locale=locale).order_by("path").first()
            if page is not None:
                addresses.append((language, kind, page.get_url()))
        if fact_sheet is not None:
            with translation.override(language):
                words = [word.strip(".,:;!?()«»\"'") for word in fact_sheet.title.split()]
                term = max(words, key=len)  # a word of the title that the search should find
                addresses.append((language, "search", f"{reverse('search:search')}?q={urllib.parse.quote(term)}"))
    return addresses


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(port):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "vivapolis.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "SERVE_MEDIA": "true",
        # This machine has no internet: an outside tile server would only add console errors.
        "VIVAPOLIS_MAP_TILES_URL": os.environ.get("AUDIT_MAP_TILES_URL", ""),
    }
    python = sys.executable
    subprocess.run([python, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], cwd=ROOT, env=environment, check=True)
    gunicorn = Path(python).with_name("gunicorn")
    server = subprocess.Popen(
        [str(gunicorn), "vivapolis.wsgi", "--bind", f"{HOST}:{port}", "--workers", "2", "--log-level", "warning"],
        cwd=ROOT, env=environment, start_new_session=True,
    )
    for _ in range(60):
        if server.poll() is not None:
            raise SystemExit(f"The server did not start on {HOST}:{port} (see the messages above).")
        try:
            urllib.request.urlopen(f"http://{HOST}:{port}/robots.txt", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    stop_server(server)
    raise SystemExit(f"The server did not answer on {HOST}:{port}.")


def stop_server(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


def lighthouse(url, report_path):
    """Audit one page once; False when Lighthouse could not."""
    command = [
        str(LIGHTHOUSE), url,
        f"--chrome-path={CHROMIUM}",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--output=json", f"--output-path={report_path}", "--quiet",
    ]
    if PRESET == "desktop":
        command.append("--preset=desktop")
    finished = subprocess.run(command, cwd=ROOT, env={**os.environ, "CHROME_PATH": CHROMIUM})
    return finished.returncode == 0


def scores_of(report_path):
    report = json.loads(Path(report_path).read_text())
    scores = {name: round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}
    failed = [
        audit["id"]
        for audit in report["audits"].values()
        if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") in {"binary", "metricSavings"}
    ]
    return scores, failed


def audit_page(url, report_stem):
    """RUNS audits of a page; the representative one is chosen by Lighthouse's computeMedianRun."""
    reports = []
    for run in range(1, RUNS + 1):
        report_path = REPORTS / f"{report_stem}-run{run}.json"
        # Chromium sometimes records no navigation start in the trace (Lighthouse's NO_NAVSTART,
        # "please run Lighthouse again"): a run gets a few attempts before it is left out.
        if any(lighthouse(url, report_path) for _attempt in range(ATTEMPTS)):
            reports.append(report_path)
    if not reports:
        return None, [], []
    chosen = subprocess.run(
        ["node", str(ROOT / "scripts" / "lighthouse_median_run.mjs"), *map(str, reports)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout.strip()
    performance_of_runs = [scores_of(report)[0]["performance"] for report in reports]
    scores, failed = scores_of(chosen)
    return scores, failed, performance_of_runs


def main():
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: run `npm ci` (PUPPETEER_SKIP_DOWNLOAD=1).")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: run `sudo make system-deps`.")
    addresses = page_addresses()
    if not addresses:
        raise SystemExit("No page to audit: load the demo content first (`make demo`).")
    REPORTS.mkdir(parents=True, exist_ok=True)

    port = PORT or free_port()
    server = start_server(port)
    rows, errors = [], []
    try:
        # A running site has compiled templates and warm workers: the audit measures that, not a cold start.
        for _language, _kind, path in addresses:
            for _ in range(2):
                try:
                    urllib.request.urlopen(f"http://{HOST}:{port}{path}", timeout=30).read()
                except OSError:
                    pass
        for number, (language, kind, path) in enumerate(addresses, start=1):
            report_stem = f"{number:02d}-{language}-{kind.replace(' ', '-')}"
            scores, failed, runs = audit_page(f"http://{HOST}:{port}{path}", report_stem)
            if scores is None:
                print(f"{language:3} {kind:11} Lighthouse could not audit {path} (see above)", flush=True)
                errors.append(path)
                continue
            rows.append((language, kind, path, scores, failed))
            print(
                f"{language:3} {kind:11} " + "  ".join(f"{name} {scores[name]:3}" for name in CATEGORIES)
                + f"  (performance of the runs: {', '.join(map(str, runs))})  {path}",
                flush=True,
            )
            if failed:
                print(f"    below full marks: {', '.join(failed)}", flush=True)
    finally:
        stop_server(server)

    print(f"\nLighthouse {PRESET}, {len(rows)} pages, median of {RUNS} runs each (reports in {REPORTS.relative_to(ROOT)}/):")
    for name in CATEGORIES:
        values = [row[3][name] for row in rows]
        print(f"  {name:15} min {min(values):3}  mean {sum(values) / len(values):5.1f}")
    if errors:
        raise SystemExit(f"Not audited: {', '.join(errors)}")


if __name__ == "__main__":
    main()
