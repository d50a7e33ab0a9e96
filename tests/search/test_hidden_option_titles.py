"""A theme hidden from visitors (unpublished or private) no longer finds its fact sheets by its title;
made public again, it does."""

from wagtail.models import PageViewRestriction

from tests.factories import FactSheetPageFactory, ThemePageFactory


def titles(search_env, query):
    return [item.page.title for item in search_env.get({"q": query}).context["outcome"].results]


def filed_under_a_theme(site_tree):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Biodiversité urbaine", slug="biodiversite-urbaine")
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Parc inondable", themes=[theme])
    return theme


def test_an_unpublished_theme_no_longer_finds_its_fact_sheets(search_env, site_tree):
    theme = filed_under_a_theme(site_tree)
    assert "Parc inondable" in titles(search_env, "biodiversité")

    theme.unpublish()

    assert "Parc inondable" not in titles(search_env, "biodiversité")
    assert "Parc inondable" in titles(search_env, "inondable")


def test_a_private_theme_no_longer_finds_its_fact_sheets_until_it_is_public_again(search_env, site_tree):
    theme = filed_under_a_theme(site_tree)

    restriction = PageViewRestriction.objects.create(page=theme, restriction_type=PageViewRestriction.PASSWORD, password="membres")
    hidden = titles(search_env, "biodiversité")
    restriction.delete()

    assert "Parc inondable" not in hidden
    assert "Parc inondable" in titles(search_env, "biodiversité")
