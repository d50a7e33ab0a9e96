"""News and event pages render in French and English with their title, place and date."""

import pytest

from tests.page_reading import assert_page_renders

SHOWN_IN_FRENCH = {
    "news_index": ["Visite d&#x27;une délégation"],
    "news": [],
    "event_index": ["Salon des villes"],
    "event": ["São Paulo", "Expo Center", "Brésil"],
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(SHOWN_IN_FRENCH))
def test_news_and_event_pages_render_with_their_title_and_content(client, bilingual_site, name, language):
    assert_page_renders(client, bilingual_site, name, language, shows=SHOWN_IN_FRENCH[name] if language == "fr" else ())
