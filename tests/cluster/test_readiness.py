"""/readyz says when the cache or the database is gone (503), and when it is back (200)."""

import pytest

from tests.cluster.cluster import CLUSTER_TEST_MARKS, status_of, wait_until

pytestmark = CLUSTER_TEST_MARKS

NOTICED_WITHIN = 10  # seconds


@pytest.mark.parametrize("service", ["redis", "postgres"])
def test_readiness_follows_the_service(cluster, service):
    readiness = f"{cluster.web_a}/readyz"
    assert status_of(readiness) == 200
    cluster.control("stop-service", service)
    try:
        assert wait_until(lambda: status_of(readiness) == 503, NOTICED_WITHIN), f"/readyz did not answer 503 with {service} stopped"
    finally:
        cluster.start(service)
    assert wait_until(lambda: status_of(readiness) == 200, NOTICED_WITHIN), f"/readyz did not answer 200 once {service} was back"
