"""Each page type, rendered without the page cache, stays within its query budget, in French and in Arabic,
whether its listings hold 10 fact sheets or 100.

The target of issue 13 is 15 queries for every page type: a page type that goes over it, or a query per fact
sheet listed (as the Arabic cards of French fact sheets did, one locale query each), fails here.

The budget is counted with the site-wide cache warm (``core.site_wide_cache``: header, footer, listings of
the home and country pages, maps); right after an editor's change that cache is read again, and those
first requests are checked to cost as much with 100 fact sheets as with 10. Growth is checked with 10 and
100 fact sheets (``crowded_listings``); 1,000 would cost minutes to build, and a count that does not move
from 10 to 100 does not move further either.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from core import site_wide_cache
from tests.factories import EventPageFactory, NewsPageFactory, translate

TARGET = 15
PAGE_TYPES = ("home", "theme", "fact sheet", "country", "programme", "fact sheet index", "news index", "news item",
              "event", "search")
BUDGETS = {name: TARGET for name in PAGE_TYPES}


@pytest.fixture(autouse=True)
def _cache_as_large_as_in_production(settings):
    """The test settings' memory cache keeps 300 entries, fewer than 100 cards' renditions: evicted entries would
    count as queries that production, with 20,000 entries, does not make."""
    settings.CACHES = {"default": {**settings.CACHES["default"], "OPTIONS": {"MAX_ENTRIES": 20000}}}


def count_queries(client, url, site_wide_cache_cold=False):
    client.get(url)  # warm the per-process caches (content types, site root paths) and the site-wide cache
    if site_wide_cache_cold:
        site_wide_cache.forget()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def page_urls(site, size, language):
    """``{page type: URL}`` of the pages whose listings hold ``size`` ("few": 10, "many": 100) fact sheets."""
    listed = site[size]
    fact_sheet = listed["theme"].specific.fact_sheets().first()
    pages = {
        "home": site["home"], "theme": listed["theme"], "fact sheet": fact_sheet, "country": listed["country"],
        "programme": listed["programme"], "fact sheet index": site["fact_sheet_index"],
        "news index": site["news_index"], "news item": site["news"], "event": site["event"],
    }
    if language != "fr":
        pages = {name: translate(page, language) for name, page in pages.items()}
    urls = {name: page.url for name, page in pages.items()}
    with translation.override(language):
        urls["search"] = f"{reverse('search:search')}?q=tramway"
    return urls


def with_news_and_event(site):
    site["news"] = NewsPageFactory(parent=site["news_index"])
    site["event"] = EventPageFactory(parent=site["event_index"])
    return site


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_page_type_stays_within_its_budget(client, crowded_listings, language):
    site = with_news_and_event(crowded_listings)
    over_budget = {}
    for size in ("few", "many"):
        for name, url in page_urls(site, size, language).items():
            queries = count_queries(client, url)
            if queries > BUDGETS[name]:
                over_budget[(name, size)] = queries
    assert over_budget == {}



@pytest.mark.parametrize("language", ["fr", "ar"])
def test_right_after_a_change_pages_cost_as_much_with_100_fact_sheets_as_with_10(client, crowded_listings, language):
    site = with_news_and_event(crowded_listings)
    with_10, with_100 = page_urls(site, "few", language), page_urls(site, "many", language)
    grown = {}
    for name in PAGE_TYPES:
        queries = [count_queries(client, urls[name], site_wide_cache_cold=True) for urls in (with_10, with_100)]
        if queries[1] > queries[0]:
            grown[name] = queries
    assert grown == {}
