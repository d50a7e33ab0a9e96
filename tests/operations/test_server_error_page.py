"""The server error page keeps its layout under the site's CSP: no inline style, a stylesheet that is served."""

import pytest
from django.test import Client
from django.urls import path

pytestmark = pytest.mark.django_db


def failing_view(request):
    raise RuntimeError("a bug")


urlpatterns = [path("fails/", failing_view)]


def test_the_500_page_has_no_inline_style_and_its_stylesheet_is_served(settings, client):
    settings.ROOT_URLCONF = __name__
    visitor = Client(raise_request_exception=False)

    response = visitor.get("/fails/")

    html = response.content.decode()
    assert response.status_code == 500
    assert "Unexpected error" in html
    assert "style=" not in html and "<style" not in html
    assert "'unsafe-inline'" not in response.get("Content-Security-Policy", "")
    assert 'href="/static/core/error.css"' in html
    settings.ROOT_URLCONF = "vivapolis.urls"
    assert b"max-width" in b"".join(client.get("/static/core/error.css").streaming_content)
