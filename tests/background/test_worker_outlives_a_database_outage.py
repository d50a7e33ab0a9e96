"""A worker keeps running when the database goes away for a moment (a PostgreSQL restart), then carries on."""

import pytest
from django.db import OperationalError

from background import worker


class TaskLoopThatLosesTheDatabase:
    """Stands in for django-tasks-db's loop: its first runs end as a lost connection does."""

    def __init__(self, outages):
        self.outages = outages
        self.runs = 0
        self.running = True

    def run(self):
        self.runs += 1
        if self.runs <= self.outages:
            raise OperationalError("server closed the connection unexpectedly")


@pytest.fixture(autouse=True)
def no_wait(monkeypatch):
    monkeypatch.setattr(worker, "RECONNECT_AFTER", 0)


def test_the_loop_starts_again_after_each_outage():
    loop = TaskLoopThatLosesTheDatabase(outages=3)

    worker.run_through_database_outages(loop)

    assert loop.runs == 4


def test_a_worker_asked_to_stop_does_not_start_again():
    loop = TaskLoopThatLosesTheDatabase(outages=1)
    loop.running = False  # SIGTERM arrived while the database was away

    with pytest.raises(OperationalError):
        worker.run_through_database_outages(loop)
    assert loop.runs == 1


def test_a_batch_run_reports_the_outage():
    loop = TaskLoopThatLosesTheDatabase(outages=1)

    with pytest.raises(OperationalError):
        worker.run_through_database_outages(loop, batch=True)
