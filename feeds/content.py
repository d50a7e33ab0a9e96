"""What the feeds and calendars of a language list: live public news and events, as its listings show them.

A page not translated into the language yet is listed in its best fallback language, as in the
news and event listings (core.fallback).
"""

from django.http import Http404
from django.utils import timezone

from core.fallback import best_versions
from core.pagination import MAX_DATABASE_ID
from core.visibility import visible_to_visitors
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage

FEED_LENGTH = 30


def index_page(model, language_code):
    """The news or event index a feed of ``language_code`` links to (its fallback version if need be)."""
    index = best_versions(visible_to_visitors(model.objects.all()), language_code).first()
    if index is None:
        raise Http404("No published index for this feed.")
    return index


def news_index(language_code):
    return index_page(NewsIndexPage, language_code)


def event_index(language_code):
    return index_page(EventIndexPage, language_code)


def latest_news(language_code):
    news = best_versions(visible_to_visitors(NewsPage.objects.all()), language_code)
    return news.order_by("-date", "pk")[:FEED_LENGTH]


def upcoming_events(language_code):
    events = best_versions(visible_to_visitors(EventPage.objects.all()), language_code)
    return events.filter(end_date__gte=timezone.localdate()).order_by("start_date", "pk")


def calendar_events(language_code):
    """Upcoming events whose days are known: a calendar cannot place a month or a year."""
    return upcoming_events(language_code).filter(date_precision=EventPage.DatePrecision.DAY)


def calendar_event(page_id):
    """The event of a one-event calendar: live, public and dated to the day, else a 404."""
    events = visible_to_visitors(EventPage.objects.filter(pk=page_id, date_precision=EventPage.DatePrecision.DAY))
    event = events.first() if page_id <= MAX_DATABASE_ID else None
    if event is None:
        raise Http404("No such event.")
    return event
