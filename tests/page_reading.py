"""Read what a visitor's browser sees: the heading, links of the switcher, alternates, sitemap entries."""

import re
from html import unescape
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

from home.models import HomePage


class _LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.head_links = []
        self.switcher_links = []
        self.html_attrs = {}
        self._in_switcher = 0
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        if tag == "link":
            self.head_links.append(attrs)
        if tag == "nav" and "language-switcher" in attrs.get("class", ""):
            self._in_switcher = 1
        elif tag == "nav" and self._in_switcher:
            self._in_switcher += 1
        if tag == "a" and self._in_switcher:
            self._current = {**attrs, "text": ""}
            self.switcher_links.append(self._current)

    def handle_endtag(self, tag):
        if tag == "nav" and self._in_switcher:
            self._in_switcher -= 1
        if tag == "a":
            self._current = None

    def handle_data(self, data):
        if self._current is not None:
            self._current["text"] += data


def parse_page(response):
    collector = _LinkCollector()
    collector.feed(response.content.decode())
    return collector


def alternates(response):
    """``{hreflang: href}`` of the page's ``<link rel="alternate">``."""
    return {link["hreflang"]: link["href"] for link in parse_page(response).head_links if link.get("rel") == "alternate" and "hreflang" in link}


def canonical(response):
    return [link["href"] for link in parse_page(response).head_links if link.get("rel") == "canonical"]


def switcher(response):
    """``{language: link}`` of the language switcher; ``link["next"]`` is where it finally leads."""
    links = {}
    for link in parse_page(response).switcher_links:
        query = parse_qs(urlsplit(link["href"]).query)
        link["language"] = query["language"][0]
        link["next"] = query["next"][0]
        link["text"] = " ".join(link["text"].split())
        links[link["language"]] = link
    return links


def path_of(url):
    return urlsplit(url).path


SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(response):
    """``{location: {hreflang: href}}`` of a sitemap."""
    root = ElementTree.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", SITEMAP_NS):
        location = url.find("sm:loc", SITEMAP_NS).text
        entries[location] = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP_NS)}
    return entries


def heading(html):
    """The text of the page's ``<h1>``, as a visitor reads it."""
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", match.group(1))).split()) if match else None


def assert_page_renders(client, site, name, language, shows=()):
    """``site[name]`` (or its translation) answers in ``language``, with its title as its only ``<h1>``.

    A home page's ``<h1>`` is its hero title. ``shows``: texts the page must show. Returns the HTML.
    """
    page = site[name] if language == "fr" else site[language][name]
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200, f"{name} in {language}: {response.status_code}"
    assert page.url.startswith(f"/{language}/")
    assert f'lang="{language}"' in html
    assert html.count("<h1") == 1
    assert heading(html) == (page.hero_title if isinstance(page, HomePage) else page.title)
    for text in shows:
        assert text in html, f"{text!r} missing from the {name} page"
    return html
