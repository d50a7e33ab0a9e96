from django.urls import path

from feeds import calendars, syndication

app_name = "feeds"
urlpatterns = [
    path("feeds/news.rss", syndication.NewsFeed(), name="news_rss"),
    path("feeds/news.atom", syndication.NewsAtomFeed(), name="news_atom"),
    path("feeds/events.rss", syndication.EventFeed(), name="events_rss"),
    path("feeds/events.atom", syndication.EventAtomFeed(), name="events_atom"),
    path("feeds/events.ics", calendars.events_calendar, name="events_ics"),
    path("feeds/event/<int:page_id>.ics", calendars.event_calendar, name="event_ics"),
]
