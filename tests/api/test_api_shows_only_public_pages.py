"""Drafts, private pages, unpublished translations and aliases never appear in the API, whoever asks."""

import pytest

from tests.core.hidden_pages import MARK, hidden_ids

LISTINGS = [
    "/api/v2/pages/?limit=20&offset={offset}",
    "/api/v2/pages/?type=showcase.FactSheetPage&fields=*&limit=20&offset={offset}",
    "/api/v2/pages/?type=news.EventPage&fields=*&limit=20&offset={offset}",
]


def every_item(client, url):
    items, offset = [], 0
    while True:
        data = client.get(url.format(offset=offset)).json()
        items += data["items"]
        offset += 20
        if offset >= data["meta"]["total_count"]:
            return items


@pytest.mark.parametrize("url", LISTINGS)
def test_listings_leak_no_hidden_page(client, hidden_pages_site, url):
    items = every_item(client, url)
    assert items
    assert not {item["id"] for item in items} & hidden_ids(hidden_pages_site)
    assert MARK not in str(items).lower()


def test_linking_fact_sheet_names_no_hidden_page(client, hidden_pages_site):
    for way, linking in hidden_pages_site["linking"].items():
        data = client.get(f"/api/v2/pages/{linking['fact_sheet'].pk}/").json()
        assert MARK not in str(data).lower(), way
        assert not {ref["id"] for ref in data["themes"] + data["countries"]} & hidden_ids(hidden_pages_site)


def test_hidden_page_detail_is_a_404_even_for_a_logged_in_editor(admin_client, hidden_pages_site):
    for way, pages in hidden_pages_site["hidden"].items():
        for kind, page in pages.items():
            assert admin_client.get(f"/api/v2/pages/{page.pk}/").status_code == 404, (way, kind)
