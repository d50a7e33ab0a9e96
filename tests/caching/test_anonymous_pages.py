"""Anonymous visitors get a stored copy of a page, per address and language, and nothing of another visitor."""

import pytest
from django.http import HttpResponse
from wagtail.models import PageViewRestriction

from caching.store import response_may_be_shared

from .pages import served_from_cache, text, visit, visit_counting_queries

pytestmark = pytest.mark.cache


def test_a_second_visit_is_served_from_the_cache_without_any_query(client, page_cache, bilingual_site):
    url = bilingual_site["fact_sheet"].url
    first, _ = visit_counting_queries(client, url)
    second, queries = visit_counting_queries(client, url)

    assert not served_from_cache(first) and served_from_cache(second)
    assert queries == 0
    assert second.content == first.content
    assert "Tramway solaire" in text(second)


def test_each_language_and_query_string_has_its_own_copy(client, page_cache, bilingual_site):
    french, english = bilingual_site["theme"].url, bilingual_site["en"]["theme"].url
    visit(client, french)
    assert text(visit(client, english)) != text(visit(client, french))
    assert 'lang="en"' in text(visit(client, english))
    assert not served_from_cache(visit(client, f"{french}?page=2"))


def test_logged_in_editors_always_get_a_fresh_page(admin_client, client, page_cache, bilingual_site):
    url = bilingual_site["theme"].url
    visit(client, url)
    visit(client, url)
    for _ in range(2):
        response = visit(admin_client, url)
        assert not served_from_cache(response)
        assert "private" in response["Cache-Control"]


def test_a_visitor_with_a_message_waiting_gets_a_fresh_page(client, page_cache, bilingual_site):
    url = bilingual_site["theme"].url
    visit(client, url)
    client.cookies["messages"] = "a message for this visitor only"
    assert not served_from_cache(visit(client, url))


def _mark_csrf_used(request, response):
    request.META["CSRF_COOKIE_USED"] = True


def _mark_nonce_used(request, response):
    request._csp_nonce = "a-nonce-for-one-visitor"


def _set_cookie(request, response):
    response.set_cookie("django_language", "fr")


def _vary_on_cookie(request, response):
    response["Vary"] = "Cookie"


@pytest.mark.parametrize("personal", [_mark_csrf_used, _mark_nonce_used, _set_cookie, _vary_on_cookie])
def test_a_response_holding_something_of_its_visitor_is_never_shared(rf, personal):
    """A CSRF token, a CSP nonce (the cached copy would replay it), a cookie or a page that varies on cookies."""
    request, response = rf.get("/fr/"), HttpResponse("<p>Bonjour</p>")
    assert response_may_be_shared(request, response)
    personal(request, response)
    assert not response_may_be_shared(request, response)


def test_a_password_protected_page_is_never_stored(client, page_cache, bilingual_site):
    restricted = bilingual_site["news"]
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="secret")
    for _ in range(2):
        response = client.get(restricted.url)
        assert "Visite d'une délégation" not in text(response)
        assert not served_from_cache(response)


def test_the_cache_turned_off_serves_every_request_fresh(client, page_cache, settings, bilingual_site):
    settings.PAGE_CACHE_ENABLED = False
    url = bilingual_site["theme"].url
    visit(client, url)
    assert not served_from_cache(visit(client, url))
