"""Every page type of the demo, in the six languages, is valid HTML for the Nu Html Checker (RGAA 8.2).

The checker is npm's ``vnu-jar`` (package.json, installed by ``npm ci``), run once on Java 17 for all
the pages. Slow: CI runs it; without Java or the jar it skips, except under CI=true.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
DEMO_HOST = "127.0.0.1:8000"


def require_checker():
    missing = [what for what, present in (("java", shutil.which("java")), (str(VNU_JAR), VNU_JAR.exists())) if not present]
    if not missing:
        return
    message = f"the Nu Html Checker needs {' and '.join(missing)} (Java 17, then `npm ci`)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def one_page_of_each_type(language):
    """The first live page of each page type in ``language``, and the search page."""
    pages = {}
    for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1).order_by("path").specific():
        pages.setdefault(type(page), page.url)
    with translation.override(language):
        return [*pages.values(), reverse("search:search") + "?q=ville"]


def test_every_page_type_in_every_language_has_no_html_error(demo_run, tmp_path):
    require_checker()
    client = Client()
    files = []
    for language, _name in settings.LANGUAGES:
        for number, url in enumerate(one_page_of_each_type(language)):
            response = client.get(url, HTTP_HOST=DEMO_HOST, follow=True)
            assert response.status_code == 200, url
            path = tmp_path / f"{language}-{number}.html"
            path.write_bytes(response.content)
            files.append((path, url))

    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *[str(path) for path, _url in files]],
        capture_output=True, text=True, timeout=300,
    )
    urls = {path.as_uri(): url for path, url in files}
    errors = [message for message in json.loads(result.stderr)["messages"] if message["type"] == "error"]
    assert not errors, "\n".join(f"{urls.get(m['url'], m['url'])}:{m.get('lastLine')}: {m['message']}" for m in errors[:20])
