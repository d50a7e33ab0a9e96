"""What the cluster tests read from the demo: a page they may rename, and what a visitor sees of a page."""

import requests
from bs4 import BeautifulSoup

# The French news index of the demo: a page with a title and an introduction only, so its edit form
# holds no StreamField (which the admin's JavaScript, not the HTML, fills in).
NEWS_INDEX_PATH = "/fr/actualites/"
NEWS_INDEX_SQL = """
    SELECT page.id, page.title FROM wagtailcore_page page
    JOIN wagtailcore_locale locale ON locale.id = page.locale_id
    WHERE page.slug = 'actualites' AND locale.language_code = 'fr' AND page.live
"""
# Pages of several types the load test asks for (the demo's French home page and section indexes).
VISITED_PATHS = ["/fr/", "/fr/thematiques/", "/fr/realisations/", "/fr/pays/", "/fr/membres/", NEWS_INDEX_PATH]


def news_index(cluster):
    """``(page id, title)`` of the live French news index."""
    rows = cluster.query(NEWS_INDEX_SQL)
    assert rows, "the demo's French news index is missing from the cluster's database"
    return rows[0]


def heading(response):
    """The page's ``<h1>`` as a visitor reads it."""
    title = BeautifulSoup(response.text, "html.parser").find("h1")
    return title.get_text(" ", strip=True) if title else None


def visit(url):
    return requests.get(url, timeout=30)
