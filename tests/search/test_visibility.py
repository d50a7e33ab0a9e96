"""Draft, private and unpublished pages never appear; the index follows publish, move and delete."""

from wagtail.models import PageViewRestriction

from tests.factories import FactSheetPageFactory


def titles(search_env, query, **params):
    response = search_env.get({"q": query, **params})
    assert response.status_code == 200
    return [result.page.title for result in response.context["outcome"].results]


def test_draft_never_appears(search_env, corpus, site_tree):
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Tramway brouillon", live=False)

    assert "Tramway brouillon" not in titles(search_env, "tramway")
    assert "Tramway brouillon" not in titles(search_env, "", theme=corpus.mobility.pk)


def test_private_page_never_appears(search_env, corpus, site_tree):
    secret = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Tramway confidentiel")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x")

    assert "Tramway confidentiel" not in titles(search_env, "tramway")


def test_unpublish_and_republish(search_env, corpus):
    corpus.tram.unpublish()
    assert "Tramway sans caténaire à Bordeaux" not in titles(search_env, "caténaire")

    corpus.tram.save_revision().publish()
    assert titles(search_env, "caténaire") == ["Tramway sans caténaire à Bordeaux"]


def test_edit_is_searchable_after_publish(search_env, corpus):
    corpus.tram.summary = "Une ligne desservant le téléphérique urbain."
    corpus.tram.save_revision().publish()

    assert titles(search_env, "téléphérique") == ["Tramway sans caténaire à Bordeaux"]


def test_deleted_page_disappears(search_env, corpus):
    corpus.tram.delete()

    assert titles(search_env, "caténaire") == []


def test_moved_page_follows_its_new_parent(search_env, corpus, site_tree):
    corpus.tram.move(site_tree["fact_sheet_index"], pos="first-child")
    assert titles(search_env, "caténaire") == ["Tramway sans caténaire à Bordeaux"]

    restricted_parent = site_tree["news_index"]
    PageViewRestriction.objects.create(page=restricted_parent, restriction_type=PageViewRestriction.PASSWORD, password="x")
    assert "Une délégation en visite" not in titles(search_env, "délégation")
