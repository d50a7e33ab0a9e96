"""A page scheduled to go live a minute ahead is published by the worker's clock, with no one at the keyboard."""

from datetime import UTC, datetime, timedelta

import time_machine
from django.utils import timezone
from wagtail.models import PageLogEntry

from background.schedule import PERIODIC_COMMANDS, seconds_until_next_period
from background.worker import Housekeeping
from tests.factories import ThemePageFactory

NINE_AM = datetime(2026, 3, 2, 8, 0, 10, tzinfo=UTC)  # 09:00:10 in Paris


def schedule_go_live(page, editor, go_live_at):
    """What *Publish* does in the admin when the page's go-live date is in the future."""
    page.go_live_at = go_live_at
    page.save_revision(user=editor).publish(user=editor)
    page.refresh_from_db()


def test_a_page_scheduled_a_minute_ahead_goes_live_at_the_next_minute(client, site_tree, admin_user):
    worker = Housekeeping("test-worker")
    with time_machine.travel(NINE_AM, tick=False):
        page = ThemePageFactory(parent=site_tree["theme_index"], title="Hydrogène", slug="hydrogene", live=False)
        schedule_go_live(page, admin_user, timezone.now() + timedelta(minutes=1))
        assert not page.live
        worker.step(timezone.now())
        assert client.get("/fr/thematiques/hydrogene/").status_code == 404

    with time_machine.travel(NINE_AM + timedelta(minutes=1), tick=False):  # 09:01:10, the go-live time itself
        worker.step(timezone.now())
    with time_machine.travel(NINE_AM + timedelta(minutes=1, seconds=50), tick=False):  # 09:02:00
        worker.step(timezone.now())

    assert client.get("/fr/thematiques/hydrogene/").status_code == 200
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled").count() == 1


def test_the_worker_wakes_at_each_new_minute():
    assert [periodic.command for periodic in PERIODIC_COMMANDS if periodic.every == timedelta(minutes=1)] == ["publish_scheduled", "flush_query_log"]
    assert seconds_until_next_period(datetime(2026, 3, 2, 9, 0, 10, tzinfo=UTC)) == 50
    assert seconds_until_next_period(datetime(2026, 3, 2, 9, 0, 59, 500000, tzinfo=UTC)) == 0.5
