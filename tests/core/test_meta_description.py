"""Every page describes itself to search engines with a ``<meta name="description">``."""

import html as html_lib
import re

import pytest


@pytest.mark.parametrize("name, expected", [("home", "Des réalisations innovantes"), ("fact_sheet", "Une ligne de tramway alimentée par le sol."), ("event_index", "")])
def test_every_page_has_a_meta_description(client, bilingual_site, name, expected):
    html = client.get(bilingual_site[name].url).content.decode()
    description = re.search(r'<meta name="description" content="([^"]*)">', html).group(1)
    assert description.strip()
    assert expected in html_lib.unescape(description)
