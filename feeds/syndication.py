"""RSS 2.0 and Atom 1.0 feeds of the news and the upcoming events, one per language (Django's syndication framework)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from feeds import content


def start_of_day(date):
    """A date as the start of that day in the site's time zone (feeds date their items to the second)."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


class PageFeed(Feed):
    """A feed whose link is a section index of the visitor's language and whose items are pages."""

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index(get_language())

    def link(self, index):
        return index.get_url(self.request)

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        return page.summary

    def item_link(self, page):
        return page.get_url(self.request)

    def item_guid(self, page):
        return f"{page.translation_key}/{page.locale.language_code}"

    item_guid_is_permalink = False

    def item_updateddate(self, page):
        return page.last_published_at


class NewsFeed(PageFeed):
    title = _("Vivapolis news")
    description = _("The latest news of the Vivapolis network.")
    index = staticmethod(content.news_index)

    def items(self, index):
        return content.latest_news(get_language())

    def item_pubdate(self, news):
        return start_of_day(news.date)


class EventFeed(PageFeed):
    title = _("Vivapolis events")
    description = _("The upcoming events of the Vivapolis network.")
    description_template = "feeds/event_description.html"
    index = staticmethod(content.event_index)

    def items(self, index):
        return content.upcoming_events(get_language())

    def item_pubdate(self, event):
        return event.first_published_at


class AtomMixin:
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description


class NewsAtomFeed(AtomMixin, NewsFeed):
    pass


class EventAtomFeed(AtomMixin, EventFeed):
    pass
