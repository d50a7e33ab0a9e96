"""Videos load nothing from their host until the visitor asks; the transcript is on the page."""

import re

import pytest

from core.templatetags.core_tags import video_embed_url
from tests.factories import FactSheetPageFactory, ThemePageFactory


@pytest.mark.django_db
def test_fact_sheet_video_is_a_link_with_transcript_and_no_iframe(client, site_tree):
    theme = ThemePageFactory(parent=site_tree["theme_index"])
    fact_sheet = FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"], themes=[theme],
        video_url="https://www.youtube.com/watch?v=abc123XYZ", video_title="Le tramway en images",
        video_transcript="Un tramway traverse la place.",
    )
    html = client.get(fact_sheet.url).content.decode()
    assert "<iframe" not in html
    assert 'href="https://www.youtube.com/watch?v=abc123XYZ"' in html
    assert 'data-embed-url="https://www.youtube-nocookie.com/embed/abc123XYZ"' in html
    transcript = re.search(r'<details class="video-transcript[^"]*">(.*?)</details>', html, re.S).group(1)
    assert "Un tramway traverse la place." in transcript


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://youtu.be/abc123", "https://www.youtube-nocookie.com/embed/abc123"),
        ("https://www.youtube.com/watch?v=abc123&t=10", "https://www.youtube-nocookie.com/embed/abc123"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://example.org/video.mp4", ""),
        ("not a url", ""),
    ],
)
def test_privacy_friendly_player_address(url, expected):
    assert video_embed_url(url) == expected
