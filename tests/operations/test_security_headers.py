"""Public pages score A+ (≥ 100) on the Mozilla Observatory's header tests under the production settings."""

import pytest
from wagtail.models import Page

from tests.operations.observatory import parse_csp, score


def public_urls():
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    return [page.url for page in pages] + ["/fr/recherche/?q=tramway", "/en/search/?q=tramway", "/fr/page-inconnue/"]


def test_every_public_page_scores_at_least_100(bilingual_site, client, production_security):
    scores = {}
    for url in public_urls():
        response = client.get(url, secure=True)
        scores[url] = score(response)

    assert len(scores) > 20
    below = {url: result for url, result in scores.items() if result[0] < 100}
    assert not below, below
    assert {total for total, _results in scores.values()} == {120}


def test_public_policy_allows_no_inline_code_but_the_map_tiles_and_video_players(site_tree, client, settings, production_security):
    response = client.get("/fr/", secure=True)
    policy = parse_csp(response["Content-Security-Policy"])

    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert "https://tile.openstreetmap.org" in policy["img-src"]
    assert set(policy["frame-src"]) == {"https://www.youtube-nocookie.com", "https://player.vimeo.com"}
    assert policy["frame-ancestors"] == ["'none'"]


def test_other_headers_of_a_public_page(site_tree, client, production_security):
    response = client.get("/fr/", secure=True)

    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "geolocation=()" in response["Permissions-Policy"]
    assert 'fullscreen=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")' in response["Permissions-Policy"]


@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_the_admins_get_their_own_policy(db, client, production_security, url):
    response = client.get(url, secure=True)
    policy = parse_csp(response["Content-Security-Policy"])

    assert response.status_code == 200
    assert "'unsafe-inline'" in policy["style-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # the page preview is a frame of the editor


def test_static_files_get_the_headers_too(client, production_security):
    response = client.get("/static/js/map.js", secure=True)

    assert response.status_code == 200
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "Content-Security-Policy" in response
