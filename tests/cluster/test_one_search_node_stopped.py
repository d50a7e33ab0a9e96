"""One OpenSearch node is stopped: searches still come from the engine, from the other node, with every result.

The node stopped is the one that manages the cluster, the harder case: with two nodes the other cannot elect
itself (no majority), so ``_cluster/health`` no longer answers, yet its copy of every shard still serves searches.
"""

import re

import requests
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from tests.cluster.cluster import CLUSTER_TEST_MARKS
from tests.cluster.pages import visit

pytestmark = CLUSTER_TEST_MARKS

QUERY = "énergie"
NODE_POSITIONS = {"opensearch-1": 0, "opensearch-2": 1}  # each node's place in SEARCH_URL


def site_search(cluster):
    """``(result count, whether the page says the engine is not the one answering)`` of a French search."""
    with translation.override("fr"):
        page = visit(f"{cluster.balancer}{reverse('search:search')}?q={QUERY}")
    assert page.status_code == 200
    soup = BeautifulSoup(page.text, "html.parser")
    count = re.search(r"\d+", soup.find(id="search-count").get_text())
    return int(count.group()) if count else 0, soup.select_one(".search-degraded, .search-unavailable") is not None


def documents_on(cluster, node_url):
    """The pages indexed in this node's own copy of the index."""
    index = cluster.env.get("SEARCH_INDEX_PREFIX", "") + "wagtailcore_page"
    answer = requests.get(f"{node_url}/{index}/_search", params={"size": 0, "track_total_hits": "true", "preference": "_only_local"}, timeout=10)
    return answer.json()["hits"]["total"]["value"]


def test_search_answers_from_the_other_node_with_every_result(cluster):
    [manager] = requests.get(f"{cluster.search_nodes[0]}/_cat/cluster_manager", params={"format": "json"}, timeout=10).json()
    stopped = manager["node"]
    survivor = cluster.search_nodes[1 - NODE_POSITIONS[stopped]]
    results, degraded = site_search(cluster)
    assert results > 0 and not degraded, "the engine should answer with results before the node stops"
    documents = documents_on(cluster, survivor)
    cluster.control("stop-service", stopped)
    try:
        assert cluster.search_node_health(cluster.search_nodes[NODE_POSITIONS[stopped]]) is None, f"{stopped} still answers"
        assert documents_on(cluster, survivor) == documents, "the surviving node's copy of the index is not whole"
        assert site_search(cluster) == (results, False), "the search should give the same results, from the engine"
    finally:
        cluster.start(stopped, timeout=150)
