"""The failure tests of the local cluster (`make cluster`), marked ``cluster`` (and ``slow``).

They skip, saying why, when the cluster is not running, and fail instead under CI=true, where
.ci/run starts it first. After each test every service is up again, so they can run in any order.
"""

import pytest

from tests.cluster.cluster import in_ci, running_cluster


@pytest.fixture(scope="session")
def cluster():
    found, problem = running_cluster()
    if problem:
        if in_ci():
            pytest.fail(f"CI=true but {problem}")
        pytest.skip(problem)
    return found


@pytest.fixture(autouse=True)
def whole_cluster_after_each_test(cluster):
    """Start again what a test left down (a service it stopped, or one that died of it: the worker does when
    PostgreSQL goes away), so that each test starts from the whole topology."""
    yield
    for service in cluster.services_down():
        cluster.start(service, timeout=150)
