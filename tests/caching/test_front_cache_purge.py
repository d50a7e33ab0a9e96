"""With a front cache (FRONT_CACHE_URL), publishing purges there exactly what the page cache purges:
the addresses of the pages that show the change, in each language, once each, after the commit.

A small HTTP server on loopback stands in for Varnish and records the PURGE requests it receives."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from .pages import visit

pytestmark = pytest.mark.cache

SHOWING_THE_FACT_SHEET = ("fact_sheet", "theme", "country", "programme", "organisation", "fact_sheet_index", "home")
NOT_SHOWING_IT = ("other_theme", "other_fact_sheet", "news", "news_index", "event", "standard")


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purges.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_recorder():
    """A stand-in for Varnish on loopback: its address and the PURGE requests it got, as ``[(host, path), ...]``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purges = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", server.purges
    server.shutdown()
    server.server_close()


@pytest.fixture
def front_cache(settings, page_cache, purge_recorder):
    """The page cache on, with the stand-in as its front cache; the PURGE requests it got."""
    location, purges = purge_recorder
    settings.FRONT_CACHE_URL = location
    settings.WAGTAILFRONTENDCACHE = {
        "front": {"BACKEND": "caching.front_backend.TimeoutHTTPBackend", "LOCATION": location, "TIMEOUT": 2}
    }
    return purges


def purged_paths(purges):
    return {path for _host, path in purges}


def urls_in_both_languages(site, names):
    french = [site[name].url for name in names]
    english = [site["en"][name].url for name in names if name in site["en"]]
    return set(french + english)


def test_publishing_a_fact_sheet_purges_the_pages_that_show_it_in_each_language(front_cache, bilingual_site, publish):
    publish(bilingual_site["fact_sheet"], title="Tramway solaire de Bordeaux")

    draft_translation = bilingual_site["other_organisation"].get_translation(Locale.objects.get(language_code="en"))
    expected = urls_in_both_languages(bilingual_site, (*SHOWING_THE_FACT_SHEET, "other_organisation"))
    expected |= {draft_translation.url, reverse("sitemap"), reverse("robots_txt")}
    assert purged_paths(front_cache) == expected
    assert not purged_paths(front_cache) & urls_in_both_languages(bilingual_site, NOT_SHOWING_IT)
    assert {host for host, _path in front_cache} == {"localhost"}  # the site's host, as visitors ask for it


def test_each_address_is_purged_once_and_only_after_the_commit(front_cache, bilingual_site, django_capture_on_commit_callbacks):
    fact_sheet = bilingual_site["fact_sheet"]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        fact_sheet.save_revision().publish()
    assert front_cache == []  # Wagtail's own handlers, which purge inside the transaction, are off

    for callback in callbacks:
        callback()
    assert fact_sheet.url in purged_paths(front_cache)
    assert len(front_cache) == len(set(front_cache))


def test_unpublishing_purges_the_page_and_its_listings(front_cache, bilingual_site, committed):
    with committed():
        bilingual_site["fact_sheet"].unpublish()

    assert urls_in_both_languages(bilingual_site, SHOWING_THE_FACT_SHEET) <= purged_paths(front_cache)
    assert not purged_paths(front_cache) & urls_in_both_languages(bilingual_site, NOT_SHOWING_IT)


def test_deleting_a_page_purges_the_address_it_had(front_cache, bilingual_site, committed):
    news = bilingual_site["news"]
    with committed():
        Page.objects.get(pk=news.pk).delete()

    assert {news.url, bilingual_site["news_index"].url} <= purged_paths(front_cache)
    assert bilingual_site["theme"].url not in purged_paths(front_cache)


def test_moving_a_page_purges_every_address_of_the_site(front_cache, bilingual_site, committed):
    old_url = bilingual_site["news"].url
    with committed():
        Page.objects.get(pk=bilingual_site["news"].pk).move(bilingual_site["home"], pos="last-child")

    assert ("localhost", "/") in front_cache  # the front cache reads "/" as the whole host
    # Wagtail's redirects app purges the address it now redirects (as after a slug change).
    assert purged_paths(front_cache) == {"/", old_url.rstrip("/")}


def test_without_a_front_cache_nothing_is_sent(page_cache, settings, purge_recorder, bilingual_site, publish):
    settings.FRONT_CACHE_URL = ""
    settings.WAGTAILFRONTENDCACHE = {}
    _location, purges = purge_recorder

    publish(bilingual_site["fact_sheet"], title="Tramway solaire de Bordeaux")

    assert purges == []


def test_pages_ask_the_front_cache_to_keep_them_as_long_as_the_page_cache(client, front_cache, settings, bilingual_site):
    settings.FRONT_CACHE_MAX_AGE = 600
    stored = visit(client, bilingual_site["theme"].url)
    served_again = visit(client, bilingual_site["theme"].url)

    for response in (stored, served_again):
        assert "s-maxage=600" in response["Cache-Control"]
        assert "max-age=60" in response["Cache-Control"]  # browsers still come back after a minute


def test_without_a_front_cache_pages_give_no_edge_lifetime(client, page_cache, settings, bilingual_site):
    settings.FRONT_CACHE_URL = ""
    response = visit(client, bilingual_site["theme"].url)

    assert "public" in response["Cache-Control"]
    assert "s-maxage" not in response["Cache-Control"]
