"""Read what a visitor's browser sees: links of the switcher, alternates, sitemap entries."""

from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree


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
