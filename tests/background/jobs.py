"""Module-level jobs for the tests: the worker finds a job by its dotted path."""

import time
from pathlib import Path


def retitle(page, title, *, user):
    page.title = f"{title} ({user.username})"
    page.save_revision(user=user).publish()


def note_attempt(path, sleep_on_first=0):
    """Append a line per attempt to ``path``; on the first attempt, wait (long enough to be killed)."""
    log = Path(path)
    first = not log.exists()
    with log.open("a") as lines:
        lines.write("started\n")
    if first:
        time.sleep(sleep_on_first)
    with log.open("a") as lines:
        lines.write("finished\n")


def append_line(path, line, sleep=0):
    """Take ``sleep`` seconds, then append ``line`` to ``path`` (one line per run of the job)."""
    time.sleep(sleep)
    with Path(path).open("a") as lines:
        lines.write(f"{line}\n")
