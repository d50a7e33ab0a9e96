"""The site map page chosen in the site chrome setting lists the page tree."""

import re

import pytest


@pytest.mark.django_db
def test_site_map_page_lists_the_page_tree(client, site_tree, mandatory_pages):
    html = client.get(mandatory_pages["plan-du-site"].url).content.decode()
    tree = re.search(r'<ul class="site-map">.*', html, re.S).group(0)
    for name in ("theme_index", "fact_sheet_index", "country_index", "news_index", "event_index"):
        assert f'href="{site_tree[name].url}"' in tree
    assert f'href="{mandatory_pages["mentions-legales"].url}"' in tree
