"""Typing a theme's or a country's name finds the fact sheets filed under it."""

import pytest

from tests.factories import CountryPageFactory, FactSheetPageFactory, ThemePageFactory

from .reading import result_titles


@pytest.fixture
def fact_sheets(site_tree, search_env):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Économie circulaire", slug="economie-circulaire")
    country = CountryPageFactory(parent=site_tree["country_index"], title="Brésil", iso_code="BR", slug="bresil")
    # The factory re-indexes a fact sheet once its links exist, as publishing does (search.signals).
    FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"],
        title="Ressourcerie de quartier",
        summary="Des objets réparés et revendus.",
        themes=[theme],
        countries=[country],
    )
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Tramway sur pneus", summary="Une ligne guidée.")


@pytest.mark.parametrize("query", ["economie circulaire", "Brésil"])
def test_fact_sheets_are_found_by_their_theme_and_country_names(search_env, fact_sheets, query):
    response = search_env.get({"q": query})

    assert response.status_code == 200
    titles = result_titles(response)
    assert "Ressourcerie de quartier" in titles
    assert "Tramway sur pneus" not in titles
