"""A fact sheet offers share links (copy, e-mail, LinkedIn, X) that load nothing from the services."""

from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

from tests.factories import FactSheetPageFactory


class _ShareSection(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth = 0
        self.links, self.buttons, self.scripts = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "share-links" in attrs.get("class", ""):
            self.depth = 1
        elif tag == "section" and self.depth:
            self.depth += 1
        elif self.depth and tag == "a":
            self.links.append(attrs)
        elif self.depth and tag == "button":
            self.buttons.append(attrs)
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])

    def handle_endtag(self, tag):
        if tag == "section" and self.depth:
            self.depth -= 1


def share_section(response):
    reader = _ShareSection()
    reader.feed(response.content.decode())
    return reader


def test_fact_sheet_share_links_carry_its_address_and_title(client, bilingual_site):
    fact_sheet = bilingual_site["en"]["fact_sheet"]
    section = share_section(client.get(fact_sheet.url))
    address = f"http://testserver{fact_sheet.url}"
    by_host = {urlsplit(link["href"]).netloc or urlsplit(link["href"]).scheme: link["href"] for link in section.links}
    assert set(by_host) == {"mailto", "www.linkedin.com", "x.com"}
    mail = parse_qs(urlsplit(by_host["mailto"]).query)
    assert mail == {"subject": [fact_sheet.title], "body": [address]}
    assert "+" not in by_host["mailto"]
    assert parse_qs(urlsplit(by_host["www.linkedin.com"]).query) == {"url": [address]}
    assert parse_qs(urlsplit(by_host["x.com"]).query) == {"text": [fact_sheet.title], "url": [address]}
    (copy,) = section.buttons
    assert copy["data-copy-link"] == address and "hidden" in copy  # shown by the script where the browser can copy


def test_share_links_load_no_third_party_script(client, bilingual_site):
    section = share_section(client.get(bilingual_site["fact_sheet"].url))
    assert section.links
    assert all(src.startswith("/static/") for src in section.scripts)


def test_a_draft_preview_offers_nothing_to_share(admin_client, bilingual_site):
    draft = FactSheetPageFactory(parent=bilingual_site["fact_sheet_index"], title="Brouillon", live=False, themes=[bilingual_site["theme"]])
    response = admin_client.get(f"/admin/pages/{draft.pk}/view_draft/")
    assert response.status_code == 200
    assert share_section(response).links == []
