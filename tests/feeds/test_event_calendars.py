"""iCalendar files of one event and of the upcoming events parse with ``icalendar``, in the visitor's language."""

import datetime

import pytest
from icalendar import Calendar

from news.models import EventPage
from tests.factories import EventPageFactory


def read_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_of(calendar):
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_events_calendar_lists_upcoming_events_as_all_day_entries_with_the_sites_time_zone(client, bilingual_site):
    event = bilingual_site["event"]
    calendar = read_calendar(client, "/fr/feeds/events.ics")
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert str(calendar["x-wr-timezone"]) == "Europe/Paris"
    entry = events_of(calendar)["Salon des villes"]
    assert entry.decoded("dtstart") == event.start_date
    assert entry.decoded("dtend") == event.end_date + datetime.timedelta(days=1)
    assert entry["summary"].params["LANGUAGE"] == "fr"
    assert "São Paulo" in str(entry["location"])
    assert str(entry["url"]) == f"http://testserver{event.url}"
    assert entry.decoded("dtstamp").tzinfo is not None


def test_english_calendar_has_the_english_event(client, bilingual_site):
    english = bilingual_site["en"]["event"]
    english.title = "Cities fair"
    english.save_revision().publish()
    entry = events_of(read_calendar(client, "/en/feeds/events.ics"))["Cities fair"]
    assert entry["summary"].params["LANGUAGE"] == "en"
    assert str(entry["url"]) == f"http://testserver{english.url}"


def test_one_event_calendar_is_linked_from_its_page(client, bilingual_site):
    event = bilingual_site["event"]
    page = client.get(event.url).content.decode()
    assert f'href="/fr/feeds/event/{event.pk}.ics"' in page
    assert list(events_of(read_calendar(client, f"/fr/feeds/event/{event.pk}.ics"))) == ["Salon des villes"]


def test_events_known_only_to_the_month_stay_out_of_calendars(client, bilingual_site):
    vague = EventPageFactory(parent=bilingual_site["event_index"], title="Forum à préciser", date_precision=EventPage.DatePrecision.MONTH)
    assert "Forum à préciser" not in events_of(read_calendar(client, "/fr/feeds/events.ics"))
    assert client.get(f"/fr/feeds/event/{vague.pk}.ics").status_code == 404
    assert ".ics" not in client.get(vague.url).content.decode().split("<main", 1)[1].split("</dl>")[0]


def test_draft_event_has_no_calendar(client, bilingual_site):
    draft = EventPageFactory(parent=bilingual_site["event_index"], title="Brouillon", live=False)
    assert client.get(f"/fr/feeds/event/{draft.pk}.ics").status_code == 404
    assert "Brouillon" not in events_of(read_calendar(client, "/fr/feeds/events.ics"))


@pytest.mark.parametrize("page_id", ["0", "99999999999999999999"])
def test_an_impossible_event_id_is_a_404(client, bilingual_site, page_id):
    assert client.get(f"/fr/feeds/event/{page_id}.ics").status_code == 404
