"""Everything that builds content for the tests: page factories, editors' actions and whole sites.

Import from here: ``from tests.factories import FactSheetPageFactory, translate``.
"""

from .delegation_site import build_delegation_site
from .editing import choose_footer_pages, translate, translated_page
from .pages import (
    CountryIndexPageFactory,
    CountryPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FactSheetIndexPageFactory,
    FactSheetPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    ProgrammePageFactory,
    StandardPageFactory,
    ThemeIndexPageFactory,
    ThemePageFactory,
)
from .search_corpus import add_english, build_corpus
from .sites import (
    OTHER_LANGUAGES,
    SITE_KEYS,
    add_locales,
    build_bilingual_site,
    build_crowded_listings,
    build_multilingual_site,
    build_site,
    build_site_tree,
)

__all__ = [
    "OTHER_LANGUAGES",
    "SITE_KEYS",
    "CountryIndexPageFactory",
    "CountryPageFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "FactSheetIndexPageFactory",
    "FactSheetPageFactory",
    "HomePageFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "OrganisationIndexPageFactory",
    "OrganisationPageFactory",
    "ProgrammePageFactory",
    "StandardPageFactory",
    "ThemeIndexPageFactory",
    "ThemePageFactory",
    "add_english",
    "add_locales",
    "build_bilingual_site",
    "build_corpus",
    "build_crowded_listings",
    "build_delegation_site",
    "build_multilingual_site",
    "build_site",
    "build_site_tree",
    "choose_footer_pages",
    "translate",
    "translated_page",
]
