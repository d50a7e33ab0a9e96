"""A fact sheet shows its place, key figures, actors and links; the index lists them, in French and English."""

import re

import pytest

from tests.page_reading import assert_page_renders

SHOWN_IN_FRENCH = {
    "fact_sheet_index": ["Tramway solaire", "Quartier bas carbone", 'name="theme"'],
    "fact_sheet": ["Bordeaux", "Nouvelle-Aquitaine", "Brésil", "Démonstrateurs", "Mobilité", "Métropole de Lyon", "CO2 évité par an"],
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(SHOWN_IN_FRENCH))
def test_fact_sheet_pages_render_with_their_title_and_content(client, bilingual_site, name, language):
    assert_page_renders(client, bilingual_site, name, language, shows=SHOWN_IN_FRENCH[name] if language == "fr" else ())


def test_fact_sheet_shows_its_place_figures_actors_and_links(client, bilingual_site):
    fact_sheet = bilingual_site["fact_sheet"]

    html = client.get(fact_sheet.url).content.decode()

    assert "Une ligne de tramway alimentée par le sol." in html
    assert "Bordeaux" in html
    assert "de ligne" in html and "km" in html
    assert "Agence d&#x27;exemple" in html or "Agence d'exemple" in html
    assert "Maître d&#x27;ouvrage" in html or "Maître d'ouvrage" in html
    assert f'href="{bilingual_site["theme"].url}"' in html
    assert f'href="{bilingual_site["country"].url}"' in html
    assert f'href="{bilingual_site["programme"].url}"' in html


def test_fact_sheet_shows_example_notice_and_locale_formatted_figure(client, bilingual_site):
    html = client.get(bilingual_site["fact_sheet"].url).content.decode()
    assert "Example" in html or "Exemple" in html
    # French groups thousands with a (narrow) non-breaking space and uses a decimal comma.
    assert re.search(r"12\s?.?500,5", html)
    assert f'href="{bilingual_site["country"].url}"' in html
    assert f'href="{bilingual_site["programme"].url}"' in html
