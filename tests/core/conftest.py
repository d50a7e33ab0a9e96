"""Fixtures of the site chrome tests: the pages the footer must link."""

import pytest

from tests.factories import StandardPageFactory, choose_footer_pages

# The pages every French public site must link from its footer: {slug: (site chrome field, title)}.
MANDATORY = {
    "accessibilite": ("accessibility_page", "Déclaration d'accessibilité"),
    "mentions-legales": ("legal_notice_page", "Mentions légales"),
    "donnees-personnelles": ("personal_data_page", "Données personnelles"),
    "plan-du-site": ("site_map_page", "Plan du site"),
}


@pytest.fixture
def mandatory_pages(site_tree):
    """The four mandatory pages under the home page, chosen in the site chrome setting; by slug."""
    pages = {slug: StandardPageFactory(parent=site_tree["home"], slug=slug, title=title) for slug, (_role, title) in MANDATORY.items()}
    choose_footer_pages({role: pages[slug] for slug, (role, _title) in MANDATORY.items()})
    return pages
