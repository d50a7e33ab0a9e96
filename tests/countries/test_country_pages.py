"""Country pages render in French and English; a country groups its fact sheets by theme and lists its events."""

import pytest

from tests.page_reading import assert_page_renders

SHOWN_IN_FRENCH = {
    "country_index": ["Brésil", "Europe"],
    "country": ["Un partenaire.", "Mobilité", "Tramway solaire", "Salon des villes"],
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(SHOWN_IN_FRENCH))
def test_country_pages_render_with_their_title_and_content(client, bilingual_site, name, language):
    assert_page_renders(client, bilingual_site, name, language, shows=SHOWN_IN_FRENCH[name] if language == "fr" else ())


def test_country_page_groups_fact_sheets_by_theme_and_lists_events(client, bilingual_site):
    html = client.get(bilingual_site["country"].url).content.decode()

    assert bilingual_site["theme"].title in html
    assert bilingual_site["event"].title in html
