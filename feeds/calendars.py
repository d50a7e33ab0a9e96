"""iCalendar (RFC 5545) files: one event, or the upcoming events of a language, in the visitor's language.

Events are dated to the day, without hours: each is an all-day event (``VALUE=DATE``, the end
day exclusive) that calendars show on the same days wherever the reader is. The calendar names
the site's time zone (``VTIMEZONE`` and ``X-WR-TIMEZONE``) and stamps are in UTC.
"""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, vText

from feeds import content

PRODUCT_ID = "-//Vivapolis//Events//EN"


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    calendar.add_component(Timezone.from_tzid(settings.TIME_ZONE))
    return calendar


def translated_text(value, language_code):
    text = vText(value)
    text.params["language"] = language_code
    return text


def calendar_entry(event, request):
    language_code = event.locale.language_code
    entry = Event()
    entry.add("uid", f"{event.translation_key}@{request.get_host()}")
    entry.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
    entry.add("dtstart", event.start_date)
    entry.add("dtend", event.end_date + datetime.timedelta(days=1))
    entry.add("summary", translated_text(event.title, language_code))
    if event.summary:
        entry.add("description", translated_text(event.summary, language_code))
    if event.place:
        entry.add("location", translated_text(event.place, language_code))
    entry.add("categories", [event.get_kind_display()])
    entry.add("url", request.build_absolute_uri(event.get_url(request)))
    return entry


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def events_calendar(request):
    """The upcoming events of the visitor's language, dated to the day."""
    calendar = new_calendar(_("Vivapolis events"))
    for event in content.calendar_events(get_language()):
        calendar.add_component(calendar_entry(event, request))
    return calendar_response(calendar, f"vivapolis-events-{get_language()}.ics")


def event_calendar(request, page_id):
    """One event, to add to one's calendar."""
    event = content.calendar_event(page_id)
    calendar = new_calendar(event.title)
    calendar.add_component(calendar_entry(event, request))
    return calendar_response(calendar, f"{event.slug}.ics")
