"""A fact sheet without images stays under 150 KB transferred (compressed HTML, CSS and JavaScript)."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders

from tests.factories import CountryPageFactory, FactSheetPageFactory, ThemePageFactory

BUDGET_BYTES = 150 * 1024


def assets_loaded_with(html):
    """Stylesheets (except print) and scripts the page itself references."""
    stylesheets = [href for href, media in re.findall(r'<link rel="stylesheet" href="([^"]+)"( media="print")?>', html) if not media]
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', html)
    return list(dict.fromkeys(stylesheets + scripts))


def compressed_size(data):
    return len(gzip.compress(data, compresslevel=6))


@pytest.mark.django_db
def test_fact_sheet_without_images_is_under_the_budget(client, site_tree):
    theme = ThemePageFactory(parent=site_tree["theme_index"])
    country = CountryPageFactory(parent=site_tree["country_index"])
    fact_sheet = FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"], themes=[theme], countries=[country],
        key_figures=[("12", "km", "de ligne"), ("30", "%", "d'énergie récupérée")],
        video_url="https://vimeo.com/76979871", video_transcript="Texte.",
    )
    for _ in range(3):
        FactSheetPageFactory(parent=site_tree["fact_sheet_index"], themes=[theme])
    html = client.get(fact_sheet.url).content

    total = compressed_size(html)
    assets = assets_loaded_with(html.decode())
    assert any("dsfr" in asset for asset in assets)
    for asset in assets:
        path = finders.find(asset.removeprefix("/static/"))
        assert path, f"{asset} is not a static file"
        with open(path, "rb") as handle:
            total += compressed_size(handle.read())

    assert total < BUDGET_BYTES, f"{total / 1024:.1f} KiB"
    # Leaflet is fetched only when a map is shown, never with the page.
    assert not any("leaflet" in asset for asset in assets)
