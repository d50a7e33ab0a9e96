"""The demo site is the same site: its sitemap URLs in six languages and each page's title match
the snapshot checked in as site_snapshot.json (a change of URL or title on purpose updates it)."""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.django_db

SNAPSHOT = Path(__file__).with_name("site_snapshot.json")
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
DEMO_HOST = "127.0.0.1:8000"  # load_demo's default DEMO_SITE_HOSTNAME and DEMO_SITE_PORT


def page_title(client, path):
    response = client.get(path, HTTP_HOST=DEMO_HOST)
    assert response.status_code == 200, path
    return " ".join(TITLE.search(response.content.decode()).group(1).split())


def test_sitemap_urls_and_titles_match_the_snapshot(demo_run, client):
    sitemap = client.get("/sitemap.xml", HTTP_HOST=DEMO_HOST)
    paths = [urlsplit(loc.text).path for loc in ElementTree.fromstring(sitemap.content).findall(".//s:loc", SITEMAP)]
    expected = {entry["url"]: entry["title"] for entry in json.loads(SNAPSHOT.read_text(encoding="utf-8"))}

    assert sorted(paths) == sorted(expected)
    titles = {path: page_title(client, path) for path in paths}
    changed = {path: (expected[path], title) for path, title in titles.items() if title != expected[path]}
    assert not changed, f"{len(changed)} titles differ from the snapshot (expected, got): {list(changed.items())[:10]}"
