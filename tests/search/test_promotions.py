"""Pages that editors promote for a query come first."""


from tests.search.promoting import promote


def test_promoted_page_is_listed_first(search_env, corpus):
    promote("tramway", corpus.news, description="Le récit de la visite.")

    response = search_env.get({"q": "Tramway"})

    html = response.content.decode()
    assert response.context["outcome"].promoted[0].page_id == corpus.news.pk
    assert html.index("Une délégation en visite") < html.index("sans caténaire à Bordeaux")
    assert "Le récit de la visite." in html
    # Listed once, as the recommendation, not again among the results.
    assert corpus.news.pk not in [result.page.pk for result in response.context["outcome"].results]


def test_promotion_of_an_unpublished_page_is_hidden(search_env, corpus):
    promote("tramway", corpus.news)
    corpus.news.unpublish()

    response = search_env.get({"q": "tramway"})

    assert response.context["outcome"].promoted == []
    assert "Une délégation en visite" not in response.content.decode()


def test_with_a_filter_only_the_promoted_pages_that_pass_it_are_shown_and_counted(search_env, corpus):
    promote("tramway", corpus.heat, corpus.bus)  # Énergie, not Mobilité; then Mobilité

    outcome = search_env.get({"q": "tramway", "theme": corpus.mobility.pk}).context["outcome"]

    assert [promotion.page_id for promotion in outcome.promoted] == [corpus.bus.pk]
    listed = [result.page.pk for result in outcome.results]
    assert corpus.bus.pk not in listed and corpus.heat.pk not in listed
    assert outcome.total == len(listed) + 1
    mobility = next(option for facet in outcome.facets if facet.name == "theme" for option in facet.options if option.selected)
    assert mobility.count == outcome.total
