"""What an editor changes in a fact sheet's links is searchable as soon as the page is published."""

from showcase.models import FactSheetTheme
from tests.factories import FactSheetPageFactory, ThemePageFactory


def outcome(search_env, params):
    return search_env.get(params).context["outcome"]


def titles(result):
    return [item.page.title for item in result.results]


def test_a_theme_added_in_the_editor_is_searchable_and_filterable_after_publishing(search_env, site_tree):
    nature = ThemePageFactory(parent=site_tree["theme_index"], title="Nature en ville", slug="nature-en-ville")
    sheet = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Parc inondable", summary="Un parc qui absorbe les crues.")
    assert "Parc inondable" not in titles(outcome(search_env, {"q": "nature en ville"}))

    # As the page editor does: the new inline row lives in the revision until it is published.
    draft = sheet.specific
    draft.theme_links.add(FactSheetTheme(theme=nature, locale=draft.locale))
    draft.save_revision().publish()

    assert "Parc inondable" in titles(outcome(search_env, {"q": "nature en ville"}))
    filtered = outcome(search_env, {"theme": nature.pk})
    assert titles(filtered) == ["Parc inondable"]
    theme_facet = next(facet for facet in filtered.facets if facet.name == "theme")
    assert [(option.label, option.count) for option in theme_facet.options] == [("Nature en ville", 1)]


def test_a_theme_removed_in_the_editor_no_longer_filters_the_fact_sheet(search_env, site_tree):
    nature = ThemePageFactory(parent=site_tree["theme_index"], title="Nature en ville", slug="nature-en-ville")
    sheet = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Parc inondable", themes=[nature])
    assert titles(outcome(search_env, {"theme": nature.pk})) == ["Parc inondable"]

    draft = sheet.specific
    draft.theme_links.set([])
    draft.save_revision().publish()

    assert outcome(search_env, {"theme": nature.pk}).total == 0


def test_renaming_a_theme_makes_its_fact_sheets_findable_by_the_new_name(search_env, site_tree):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Nature en ville", slug="nature-en-ville")
    theme.save_revision().publish()
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Parc inondable", themes=[theme])
    assert "Parc inondable" not in titles(outcome(search_env, {"q": "biodiversité"}))

    theme.title = "Biodiversité urbaine"
    theme.save_revision().publish()

    assert "Parc inondable" in titles(outcome(search_env, {"q": "biodiversité"}))
