"""Feeds and calendars, in every language, show nothing of draft, private or unpublished pages."""

import pytest
from django.conf import settings

from tests.core.hidden_pages import MARK

SURFACES = ["news.rss", "news.atom", "events.rss", "events.atom", "events.ics"]


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_feeds_and_calendars_leak_no_hidden_page(client, hidden_pages_site, language):
    for surface in SURFACES:
        response = client.get(f"/{language}/feeds/{surface}")
        assert response.status_code == 200, surface
        text = response.content.decode()
        if surface.startswith("events"):
            assert "Linking event draft" in text  # public events linking hidden pages are listed, in French as a fallback
        assert MARK not in text.lower(), f"{surface} in {language} shows a hidden page"


def test_one_event_calendar_of_a_hidden_event_is_a_404(client, hidden_pages_site):
    for way, pages in hidden_pages_site["hidden"].items():
        assert client.get(f"/en/feeds/event/{pages['event'].pk}.ics").status_code == 404, way
