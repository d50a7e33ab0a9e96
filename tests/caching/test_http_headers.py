"""What browsers and CDNs are told: cache anonymous pages briefly, revalidate them with 304s, never share
an editor's page."""

import pytest
from django.utils.cache import has_vary_header

from .pages import served_from_cache, visit

pytestmark = pytest.mark.cache


def test_anonymous_pages_may_be_kept_briefly_by_browsers_and_cdns(client, page_cache, settings, bilingual_site):
    settings.PAGE_CACHE_MAX_AGE = 45
    for response in (visit(client, bilingual_site["theme"].url), visit(client, bilingual_site["theme"].url)):
        directives = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"public", "max-age=45", "stale-while-revalidate=300"} <= directives
        assert response.has_header("ETag") and response.has_header("Last-Modified")
        assert not has_vary_header(response, "Cookie")


def test_a_conditional_request_for_an_unchanged_page_gets_a_304(client, page_cache, bilingual_site):
    url = bilingual_site["theme"].url
    first = visit(client, url)
    assert served_from_cache(visit(client, url))

    by_etag = client.get(url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})

    assert by_etag.status_code == by_date.status_code == 304
    assert by_etag.content == b""


def test_a_changed_page_answers_in_full_to_its_old_etag(client, page_cache, bilingual_site, publish):
    url = bilingual_site["theme"].url
    old_etag = visit(client, url)["ETag"]
    publish(bilingual_site["theme"], title="Mobilité durable")

    response = client.get(url, headers={"If-None-Match": old_etag})
    assert response.status_code == 200
    assert "Mobilité durable" in response.content.decode()


def test_the_language_is_in_the_address_so_pages_do_not_vary_on_accept_language(client, page_cache, bilingual_site):
    response = visit(client, bilingual_site["en"]["theme"].url)
    assert response["Content-Language"] == "en"
    assert not has_vary_header(response, "Accept-Language")
