"""A fact sheet page without images stays light, and nothing from another site blocks its rendering."""

import gzip
from urllib.parse import urlsplit

import pytest

from tests.factories import build_delegation_site

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BUDGET_BYTES = 150 * 1024
COUNTED_TYPES = {"document", "stylesheet", "script"}

RENDER_BLOCKING = """() => [
    ...[...document.querySelectorAll('head link[rel~="stylesheet"]')]
        .filter(link => !link.media || link.media === 'all' || matchMedia(link.media).matches)
        .map(link => link.href),
    ...[...document.querySelectorAll('head script[src]')]
        .filter(script => !script.async && !script.defer && script.type !== 'module')
        .map(script => script.src),
]"""


def test_fact_sheet_without_images_weighs_under_150_kb_compressed(page, live_server):
    content = build_delegation_site(languages=[])
    responses = []
    page.on("response", lambda response: responses.append(response))

    page.goto(content["tram"].url, wait_until="networkidle")

    weights, fonts = {}, {}
    for response in responses:
        kind = response.request.resource_type
        if response.status != 200:
            continue
        if kind == "font":  # woff2 is compressed already; reported, outside the HTML/CSS/JS budget
            fonts[response.url] = len(response.body())
        elif kind in COUNTED_TYPES:
            # The development server does not compress: count what a gzip-ing server would send.
            weights[response.url] = len(gzip.compress(response.body(), compresslevel=6))
    total = sum(weights.values())
    detail = "\n".join(f"{size / 1024:7.1f} KB  {url}" for url, size in sorted(weights.items(), key=lambda item: -item[1]))
    print(f"\nFact sheet page weight: {total / 1024:.1f} KB of compressed HTML, CSS and JS\n{detail}")
    print(f"Fonts: {sum(fonts.values()) / 1024:.1f} KB in {len(fonts)} files")
    assert weights, "no resource was recorded"
    assert total < BUDGET_BYTES, f"{total / 1024:.1f} KB > 150 KB:\n{detail}"


def test_no_render_blocking_resource_from_another_site(page, live_server):
    content = build_delegation_site(languages=[])
    page.goto(content["tram"].url)

    blocking = page.evaluate(RENDER_BLOCKING)
    local = urlsplit(live_server.url).netloc
    third_party = [url for url in blocking if urlsplit(url).netloc != local]
    assert not third_party, third_party
