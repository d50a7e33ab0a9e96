"""RSS and Atom feeds of news and events, per language, parse cleanly and list what the listings list."""

import feedparser
import pytest

from tests.factories import NewsPageFactory, translate
from tests.page_reading import parse_page

FEEDS = ["news.rss", "news.atom", "events.rss", "events.atom"]


def read_feed(client, language, name):
    response = client.get(f"/{language}/feeds/{name}")
    assert response.status_code == 200, response.content[:300]
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.mark.parametrize("name", FEEDS)
def test_feeds_parse_without_errors_and_speak_the_visitors_language(client, bilingual_site, name):
    french, english = read_feed(client, "fr", name), read_feed(client, "en", name)
    assert french.feed.language == "fr" and english.feed.language == "en"
    assert english.feed.link.startswith("http://testserver/en/")


def test_news_feed_lists_each_news_item_in_the_visitors_language(client, bilingual_site):
    french = bilingual_site["news"]
    english = bilingual_site["en"]["news"]
    english.title = "Visit of a delegation"
    english.save_revision().publish()
    for language, page in (("fr", french), ("en", english)):
        feed = read_feed(client, language, "news.rss")
        assert [entry.title for entry in feed.entries] == [page.title]
        assert feed.entries[0].link == f"http://testserver{page.url}"
        assert feed.entries[0].summary == page.summary


def test_news_not_translated_yet_is_listed_in_french_as_in_the_listing(client, bilingual_site):
    NewsPageFactory(parent=bilingual_site["news_index"], title="Seulement en français")
    titles = [entry.title for entry in read_feed(client, "en", "news.atom").entries]
    assert "Seulement en français" in titles


def test_event_feed_describes_dates_and_place(client, bilingual_site):
    feed = read_feed(client, "fr", "events.rss")
    (entry,) = feed.entries
    assert entry.title == "Salon des villes"
    assert "São Paulo" in entry.summary and "Expo Center" in entry.summary


def test_past_events_leave_the_event_feed(client, bilingual_site):
    event = bilingual_site["event"]
    event.start_date = event.end_date = event.start_date.replace(year=2001)
    event.save_revision().publish()
    assert read_feed(client, "fr", "events.rss").entries == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_links_its_languages_feeds_and_calendar(client, bilingual_site, language):
    home = bilingual_site["home"] if language == "fr" else bilingual_site["en"]["home"]
    response = client.get(home.url)
    links = {link["href"]: link["type"] for link in parse_page(response).head_links if link.get("rel") == "alternate" and "type" in link}
    assert links == {
        f"/{language}/feeds/news.rss": "application/rss+xml",
        f"/{language}/feeds/news.atom": "application/atom+xml",
        f"/{language}/feeds/events.rss": "application/rss+xml",
        f"/{language}/feeds/events.atom": "application/atom+xml",
        f"/{language}/feeds/events.ics": "text/calendar",
    }
    for href in links:
        assert client.get(href).status_code == 200


def test_translation_made_later_replaces_the_french_item_in_the_feed(client, bilingual_site):
    news = NewsPageFactory(parent=bilingual_site["news_index"], title="Annonce")
    english = translate(news, "en")
    titles = [entry.title for entry in read_feed(client, "en", "news.rss").entries]
    assert titles.count(english.title) == 1 and len(titles) == 2
