"""schema.org JSON-LD of fact sheets, events, news, organisations and breadcrumbs has its types' required properties."""

import datetime

import pytest

from tests.factories import EventPageFactory
from tests.previews.reading import read_head, structured

# What search engines need to use each type (Google Search Central's structured data guidelines), as data.
REQUIRED = {
    "CreativeWork": {"name", "url", "inLanguage", "contentLocation"},
    "Place": {"name", "address"},
    "Event": {"name", "startDate", "location"},
    "NewsArticle": {"headline", "datePublished", "author", "url"},
    "Organization": {"name", "url"},
    "BreadcrumbList": {"itemListElement"},
    "ListItem": {"position", "name", "item"},
}
PAGE_TYPES = {"fact_sheet": "CreativeWork", "event": "Event", "news": "NewsArticle", "organisation": "Organization"}


def assert_complete(data):
    """``data`` and every typed object inside it have their required properties, none empty."""
    missing = {key for key in REQUIRED.get(data["@type"], ()) if data.get(key) in (None, "", [], {})}
    assert not missing, f"{data['@type']} lacks {sorted(missing)}"
    for value in data.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and "@type" in item:
                assert_complete(item)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_page_types_describe_themselves_with_their_required_properties(client, bilingual_site, name, language):
    page = bilingual_site[name] if language == "fr" else bilingual_site["en"][name]
    head = read_head(client.get(page.url))
    data = structured(head, PAGE_TYPES[name])
    assert data["@context"] == "https://schema.org"
    assert_complete(data)
    assert data.get("name", data.get("headline")) == page.title
    assert data["url"] == f"http://testserver{page.url}"
    assert data["inLanguage"] == language
    assert_complete(structured(head, "BreadcrumbList"))


def test_fact_sheet_names_its_place_period_themes_and_actors(client, bilingual_site):
    data = structured(read_head(client.get(bilingual_site["fact_sheet"].url)), "CreativeWork")
    assert data["contentLocation"]["address"] == {
        "@type": "PostalAddress", "addressLocality": "Bordeaux", "addressRegion": "Nouvelle-Aquitaine", "addressCountry": "Brésil",
    }
    assert [theme["name"] for theme in data["about"]] == ["Mobilité"]
    assert [actor["name"] for actor in data["contributor"]] == ["Métropole de Lyon", "Agence d'exemple"]


def test_event_gives_its_dates_and_venue(client, bilingual_site):
    event = EventPageFactory(
        parent=bilingual_site["event_index"], title="Salon <Pollutec> & co", venue="Eurexpo", city="Lyon", place_country="France",
        start_date=datetime.date(2030, 10, 7), end_date=datetime.date(2030, 10, 10),
    )
    response = client.get(event.url)
    assert "<Pollutec>" not in response.content.decode().split("application/ld+json")[1]  # escaped inside the script
    data = structured(read_head(response), "Event")
    assert (data["startDate"], data["endDate"]) == ("2030-10-07", "2030-10-10")
    assert data["name"] == "Salon <Pollutec> & co"
    assert data["location"]["name"] == "Eurexpo"
    assert data["location"]["address"]["addressLocality"] == "Lyon"


def test_breadcrumb_follows_the_visible_trail(client, bilingual_site):
    page = bilingual_site["en"]["fact_sheet"]
    trail = structured(read_head(client.get(page.url)), "BreadcrumbList")["itemListElement"]
    assert [(crumb["position"], crumb["item"]) for crumb in trail] == [
        (1, f"http://testserver{bilingual_site['en']['home'].url}"),
        (2, f"http://testserver{bilingual_site['en']['fact_sheet_index'].url}"),
        (3, f"http://testserver{page.url}"),
    ]
