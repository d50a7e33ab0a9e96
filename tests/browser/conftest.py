"""Browser tests: Playwright for Python driving Debian's chromium against pytest-django's live server.

No browser is downloaded: Playwright launches /usr/bin/chromium (`make system-deps` installs it).
Without chromium, Playwright or axe-core the tests skip with the reason, except under CI=true
where they fail.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

# Playwright's synchronous API runs an event loop in this thread; the ORM calls made by the
# tests between browser steps are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def skip_or_fail(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        skip_or_fail(f"{CHROMIUM} is missing: install Debian's chromium with `sudo make system-deps`")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("Playwright for Python is missing: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, request):
    """A fresh browser tab that may only talk to the live server; outside requests are aborted.

    Tests marked ``injects_scripts`` (axe-core, added as an inline script) run with the site's CSP
    bypassed; tests/browser/test_csp.py checks the pages with it.
    """
    bypass_csp = request.node.get_closest_marker("injects_scripts") is not None
    context = browser.new_context(base_url=live_server.url, locale="en-GB", accept_downloads=True, bypass_csp=bypass_csp)
    tab = context.new_page()
    tab.outside_requests = []
    local_host = urlsplit(live_server.url).hostname

    def only_local(route):
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in {local_host, "localhost", "127.0.0.1"}:
            route.continue_()
        else:
            tab.outside_requests.append(route.request.url)
            route.abort()

    tab.route("**/*", only_local)
    tab.set_default_timeout(15000)
    yield tab
    context.close()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_SCRIPT.exists():
        skip_or_fail(f"{AXE_SCRIPT} is missing: run `npm ci`")
    return AXE_SCRIPT.read_text()
