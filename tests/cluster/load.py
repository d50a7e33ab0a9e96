"""A bounded load run: a few visitors asking the balancer for pages, each answer kept with its start time."""

import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import requests

from tests.cluster.pages import VISITED_PATHS


@dataclass
class LoadRun:
    base_url: str
    seconds: float
    visitors: int = 2
    answers: list = field(default_factory=list)  # (start time, status or None when nothing answered)

    def start(self):
        self.started = time.monotonic()
        self.threads = [threading.Thread(target=self._visit) for _ in range(self.visitors)]
        for thread in self.threads:
            thread.start()

    def join(self):
        for thread in self.threads:
            thread.join()

    def _visit(self):
        session = requests.Session()
        deadline = self.started + self.seconds
        count = 0
        while time.monotonic() < deadline:
            count += 1
            path = VISITED_PATHS[count % len(VISITED_PATHS)]
            # Every other request has a query string of its own: the page cache misses and the page is rendered.
            url = f"{self.base_url}{path}" + (f"?load={secrets.token_hex(4)}" if count % 2 else "")
            started = time.monotonic()
            try:
                status = session.get(url, timeout=10).status_code
            except requests.RequestException:
                status = None
            self.answers.append((started, status))

    @staticmethod
    def failed(status):
        return status is None or status >= 500

    def failures_from(self, moment):
        """Failed requests started at or after ``moment``, and all requests started then."""
        later = [status for started, status in self.answers if started >= moment]
        return sum(map(self.failed, later)), len(later)

    def by_second(self, origin):
        """``{second after origin: "F of N failed"}``, for the assertion messages."""
        total, failed = Counter(), Counter()
        for started, status in self.answers:
            second = int(started - origin) if started >= origin else -1 - int(origin - started)
            total[second] += 1
            failed[second] += self.failed(status)
        return {second: f"{failed[second]} of {total[second]} failed" for second in sorted(total)}
