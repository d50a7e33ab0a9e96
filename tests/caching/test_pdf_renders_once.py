"""Fifty visitors asking at once for a booklet nobody has downloaded yet start one render."""

import threading
import time

import pytest

from showcase.pdf import single_flight

pytestmark = pytest.mark.cache

VISITORS = 50


def test_concurrent_requests_for_one_pdf_wait_for_a_single_render(page_cache):
    renders = []

    def slow_render():
        renders.append(threading.get_ident())
        time.sleep(0.5)  # WeasyPrint takes seconds for a booklet
        return b"%PDF-1.7 booklet"

    results = []
    start = threading.Barrier(VISITORS)

    def visitor():
        start.wait()
        results.append(single_flight.get_or_render("test-booklet", slow_render, timeout=60))

    threads = [threading.Thread(target=visitor) for _ in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(renders) == 1
    assert results == [b"%PDF-1.7 booklet"] * VISITORS


def test_a_pdf_already_rendered_is_not_rendered_again(page_cache):
    renders = []
    render = lambda: renders.append(1) or b"%PDF"
    single_flight.get_or_render("test-fact-sheet", render, timeout=60)
    single_flight.get_or_render("test-fact-sheet", render, timeout=60)
    assert len(renders) == 1
