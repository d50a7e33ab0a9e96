"""An uncached search costs at most 15 database queries, in French and in Arabic, with and without
filters, whatever the number of matches: results of every page type, filters named in the visitor's
language (themes and countries translated into Arabic), 10 or 40 matching fact sheets."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    CountryPageFactory,
    EventPageFactory,
    FactSheetPageFactory,
    NewsPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    ProgrammePageFactory,
    StandardPageFactory,
    ThemePageFactory,
    translate,
)
from tests.factories.search_corpus import retitled_translation

QUERY_BUDGET = 15
ARABIC_TITLES = {"theme": ("التنقل", "التنقل في المدينة."), "country": ("البرازيل", "تعاون حضري.")}


@pytest.fixture
def tramways(site_tree, search_env, settings):
    """A theme and a country translated into Arabic, a page of every other type about a tramway, in French
    only (Arabic visitors find them as fallbacks), "tramway" in their titles so that they come first, and
    ``add(count)`` to file that many fact sheets about a tramway under the theme and the country."""
    settings.PAGE_CACHE_ENABLED = False
    home = site_tree["home"]
    for name in ("home", "theme_index", "country_index"):
        translate(site_tree[name], "ar")
    options = {
        "theme": ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité", summary="Se déplacer autrement."),
        "country": CountryPageFactory(parent=site_tree["country_index"], title="Brésil", iso_code="BR", summary="Un partenaire."),
    }
    options_ar = {name: retitled_translation(options[name], "ar", *ARABIC_TITLES[name]) for name in options}
    ThemePageFactory(parent=site_tree["theme_index"], title="Tramway et vélo", summary="Se déplacer en ville.")
    CountryPageFactory(parent=site_tree["country_index"], title="Portugal", iso_code="PT", summary="Le pays du tramway.")
    ProgrammePageFactory(parent=site_tree["theme_index"], title="Tramway de demain", summary="Un programme.")
    NewsPageFactory(parent=site_tree["news_index"], title="Un tramway inauguré")
    EventPageFactory(parent=site_tree["event_index"], title="Salon du tramway", country=options["country"])
    organisations = OrganisationIndexPageFactory(parent=home, slug="membres")
    OrganisationPageFactory(parent=organisations, title="Tramway de Lyon", summary="Un exploitant.")
    StandardPageFactory(parent=home, title="Le tramway en bref")

    def add(count):
        for _number in range(count):
            FactSheetPageFactory(
                parent=site_tree["fact_sheet_index"], summary="Une ligne de tramway urbain.",
                themes=[options["theme"]], countries=[options["country"]],
            )

    return {"fr": options, "ar": options_ar}, add


def uncached_search(search_env, params, language):
    """The queries of a search whose page is not cached (the site-wide entries are: any page read them)."""
    search_env.get(params, language=language)
    with CaptureQueriesContext(connection) as queries:
        response = search_env.get(params, language=language)
    assert response.status_code == 200
    return len(queries), response.context["outcome"]


def searches(options, language):
    shown = options[language]
    return {
        "words": {"q": "tramway"},
        "words+filters": {"q": "tramway", "theme": shown["theme"].pk, "country": shown["country"].pk, "sort": "date"},
    }


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_search_stays_within_the_query_budget_from_10_to_40_matches(search_env, tramways, language):
    options, add = tramways
    add(10)
    with_10 = {name: uncached_search(search_env, params, language) for name, params in searches(options, language).items()}
    add(30)
    with_40 = {name: uncached_search(search_env, params, language) for name, params in searches(options, language).items()}

    words = with_10["words"][1]
    assert words.total == 17 and len({result.page_type for result in words.results}) >= 4
    theme_facet = next(facet for facet in words.facets if facet.name == "theme")
    assert [option.label for option in theme_facet.options] == [options[language]["theme"].title]
    assert with_10["words+filters"][1].total == 10
    assert with_40["words"][1].total == 47
    for name, (queries, _outcome) in with_10.items():
        assert queries <= QUERY_BUDGET, f"{name} in {language}: {queries} queries with 10 fact sheets"
        assert with_40[name][0] <= queries, f"{name} in {language}: {queries} queries with 10 fact sheets, {with_40[name][0]} with 40"
