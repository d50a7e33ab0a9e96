"""Crawl of the demo site from its six home pages: every page reachable by a link, parsed once
for the tests of the package that read pages (links, titles)."""

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation

DEMO_HOST = "127.0.0.1:8000"  # load_demo's default DEMO_SITE_HOSTNAME and DEMO_SITE_PORT
LANGUAGES = [code for code, _name in settings.LANGUAGES]
NOT_PAGES = ("/static/", "/media/", "/documents/", "/language/", "/admin/", "/django-admin/")
# PDFs are resolved, not rendered: tests/showcase renders one per language, and rendering the
# 350 of the demo would double the crawl's time.
PDF_PATH = re.compile(r"^/[^/]+/pdf/")


class PageLinks(HTMLParser):
    """The page's language, its title and its ``<a href>`` with their ``hreflang``."""

    def __init__(self):
        super().__init__()
        self.language = None
        self.links = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.language = attrs.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "a" and attrs.get("href"):
            self.links.append((attrs["href"], (attrs.get("hreflang") or "").lower()))

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def language_of(path):
    prefix = path.strip("/").split("/")[0]
    return prefix if prefix in LANGUAGES else None


def internal_page_path(href):
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith(NOT_PAGES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def visit(client, path):
    """A ``PageLinks`` for an HTML page, ``None`` for a redirect, a PDF or another file."""
    if PDF_PATH.match(path):
        try:
            with translation.override(language_of(path)):
                resolve(urlsplit(path).path)
        except Resolver404:
            raise AssertionError(f"{path}: no such PDF address")
        return None
    response = client.get(path, HTTP_HOST=DEMO_HOST)
    assert response.status_code in (200, 301, 302), (path, response.status_code)
    if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
        return None
    page = PageLinks()
    page.feed(response.content.decode())
    return page


def crawl(client):
    """``{path: PageLinks}`` of every page reachable from the six home pages (pagination and filters included)."""
    seen, queue = {}, deque(f"/{code}/" for code in LANGUAGES)
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        seen[path] = page = visit(client, path)
        if page:
            queue.extend(target for href, _ in page.links if (target := internal_page_path(href)) and target not in seen)
    return seen
