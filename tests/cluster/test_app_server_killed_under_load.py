"""App server A is killed while visitors browse: the balancer's health checks move them all to B."""

import time

from tests.cluster.cluster import CLUSTER_TEST_MARKS, status_of, wait_until
from tests.cluster.load import LoadRun

pytestmark = CLUSTER_TEST_MARKS

LOAD_SECONDS = 15
KILL_AFTER = 3  # seconds of load before A is killed
HEALTH_CHECK_WINDOW = 3  # seconds the balancer may take to notice (HAProxy: a check every second, down after 2)


def test_no_request_fails_once_the_balancer_has_noticed_that_a_is_gone(cluster):
    load = LoadRun(cluster.balancer, LOAD_SECONDS)
    load.start()
    try:
        time.sleep(KILL_AFTER)
        killed_at = time.monotonic()
        cluster.control("kill-service", "web-a")
        gone = wait_until(lambda: status_of(f"{cluster.web_a}/healthz", timeout=1) is None, HEALTH_CHECK_WINDOW)
        assert gone, "web-a still answers after kill-service"
        load.join()
        failed, total = load.failures_from(killed_at + HEALTH_CHECK_WINDOW)
        per_second = load.by_second(killed_at)
        assert total >= 10, f"too few requests after the health check window to judge: {per_second}"
        assert failed == 0, f"{failed} of {total} requests failed after the window; by second after the kill: {per_second}"
    finally:
        load.join()
        cluster.start("web-a")
