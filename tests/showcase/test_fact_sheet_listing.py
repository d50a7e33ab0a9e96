"""Themes, countries, programmes and the index list their fact sheets, filtered as the visitor asks."""

import pytest


@pytest.mark.parametrize("page_name", ["theme", "country", "programme", "fact_sheet_index"])
def test_listing_pages_link_to_their_fact_sheets(client, bilingual_site, page_name):
    html = client.get(bilingual_site[page_name].url).content.decode()

    assert f'href="{bilingual_site["fact_sheet"].url}"' in html


def test_theme_filter_by_country_keeps_only_matching_fact_sheets(client, bilingual_site):
    html = client.get(bilingual_site["theme"].url, {"country": bilingual_site["country"].pk}).content.decode()
    assert "Tramway solaire" in html
    assert "Quartier bas carbone" not in html.split('id="fact-sheets"')[1].split('class="places-map')[0]


def test_bad_filter_and_page_values_do_not_fail(client, bilingual_site):
    response = client.get(bilingual_site["theme"].url, {"country": "abc", "page": "999"})
    assert response.status_code == 200
