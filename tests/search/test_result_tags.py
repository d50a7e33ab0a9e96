"""A result names the themes its page is filed under, in the order the editor gave them."""

from showcase.models import FactSheetTheme


def result_tags(search_env, query, title):
    results = search_env.get({"q": query}).context["outcome"].results
    return next(result.tags for result in results if result.page.title == title)


def put_themes_in_order(page, themes):
    for position, theme in enumerate(themes):
        FactSheetTheme.objects.filter(page=page, theme=theme).update(sort_order=position)


def test_a_result_names_its_themes_in_the_editors_order(search_env, corpus):
    put_themes_in_order(corpus.bus, [corpus.energy, corpus.mobility])
    assert result_tags(search_env, "hydrogène", corpus.bus.title) == ["Énergie", "Mobilité"]

    put_themes_in_order(corpus.bus, [corpus.mobility, corpus.energy])
    assert result_tags(search_env, "hydrogène", corpus.bus.title) == ["Mobilité", "Énergie"]
