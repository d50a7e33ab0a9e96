"""A standard page (legal notice, about...) renders in French and English with its title."""

import pytest

from tests.page_reading import assert_page_renders


@pytest.mark.parametrize("language", ["fr", "en"])
def test_standard_page_renders_with_its_title(client, bilingual_site, language):
    assert_page_renders(client, bilingual_site, "standard", language)
