"""Every page's footer leads to the open data page, in the visitor's language."""

import pytest


@pytest.mark.parametrize("language", ["fr", "ar", "zh-hans"])
def test_the_footer_links_to_the_open_data_page_in_the_visitors_language(client, multilingual_site, language):
    home = client.get(f"/{language}/").content.decode()

    assert f'href="/{language}/open-data/"' in home
    assert client.get(f"/{language}/open-data/").status_code == 200
