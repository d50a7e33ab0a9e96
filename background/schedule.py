"""Management commands the worker runs on a clock, once per period whichever number of workers run.

A page scheduled to go live (or to expire) changes only when Wagtail's ``publish_scheduled`` runs:
each worker looks at the clock, and at each new minute the first worker to claim that minute
(``PeriodicRun.claim``) runs the command; the others skip it.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from io import StringIO

from django.core.management import call_command

from background.models import PeriodicRun

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PeriodicCommand:
    command: str
    every: timedelta

    def period_start(self, now):
        """The start of the period ``now`` falls in, periods counted from the Unix epoch (so whole minutes)."""
        epoch = datetime(1970, 1, 1, tzinfo=now.tzinfo)
        return now - (now - epoch) % self.every

    def next_start(self, now):
        return self.period_start(now) + self.every


PERIODIC_COMMANDS = (
    PeriodicCommand("publish_scheduled", timedelta(minutes=1)),
    PeriodicCommand("purge_contact_messages", timedelta(hours=1)),  # contact/: messages past their retention
    PeriodicCommand("flush_query_log", timedelta(minutes=1)),  # search/: searches counted in the cache, to the log
    PeriodicCommand("purge_query_log", timedelta(days=1)),  # search/: terms past their retention
)


def run_due_commands(now, worker_id, commands=PERIODIC_COMMANDS):
    """Run each command whose current period no worker has claimed yet; return the names of those run."""
    ran = []
    for periodic in commands:
        if PeriodicRun.claim(periodic.command, periodic.period_start(now), worker_id):
            output = StringIO()
            call_command(periodic.command, stdout=output)
            logger.info("%s: %s", periodic.command, output.getvalue().strip() or "done")
            ran.append(periodic.command)
    return ran


def seconds_until_next_period(now, commands=PERIODIC_COMMANDS):
    return min((periodic.next_start(now) - now).total_seconds() for periodic in commands)
