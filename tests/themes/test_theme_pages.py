"""Theme and programme pages render in French and English with their title and what they gather."""

import pytest

from tests.page_reading import assert_page_renders

SHOWN_IN_FRENCH = {
    "theme_index": ["Mobilité", "Énergie", "Démonstrateurs"],
    "theme": ["Se déplacer autrement.", "Tramway solaire", "Quartier bas carbone", 'name="country"', "Énergie"],
    "programme": ["Tramway solaire"],
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(SHOWN_IN_FRENCH))
def test_theme_pages_render_with_their_title_and_content(client, bilingual_site, name, language):
    assert_page_renders(client, bilingual_site, name, language, shows=SHOWN_IN_FRENCH[name] if language == "fr" else ())
