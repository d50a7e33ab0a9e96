"""The demo site is the same site: its sitemap URLs in six languages and each page's title match
the snapshot checked in as site_snapshot.json (a change of URL or title on purpose updates it)."""

import json
from html import escape
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest

from .crawling import DEMO_HOST

pytestmark = pytest.mark.django_db

SNAPSHOT = Path(__file__).with_name("site_snapshot.json")
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_urls_and_titles_match_the_snapshot(crawled, client):
    sitemap = client.get("/sitemap.xml", HTTP_HOST=DEMO_HOST)
    paths = [urlsplit(loc.text).path for loc in ElementTree.fromstring(sitemap.content).findall(".//s:loc", SITEMAP)]
    expected = {entry["url"]: entry["title"] for entry in json.loads(SNAPSHOT.read_text(encoding="utf-8"))}

    assert sorted(paths) == sorted(expected)
    unreachable = [path for path in paths if not crawled.get(path)]
    assert not unreachable, f"{len(unreachable)} pages of the sitemap are linked from no page: {unreachable[:10]}"
    titles = {path: " ".join(escape(crawled[path].title).split()) for path in paths}
    changed = {path: (expected[path], title) for path, title in titles.items() if title != expected[path]}
    assert not changed, f"{len(changed)} titles differ from the snapshot (expected, got): {list(changed.items())[:10]}"
