"""``/<lang>/translation-missing/<id>/`` explains and offers the French original and the home page."""

from django.utils import translation

from tests.factories import translate


def test_explains_in_the_visitors_language_and_offers_the_original_and_home(client, multilingual_site):
    fact_sheet = multilingual_site["fact_sheet"]

    response = client.get(f"/pt/translation-missing/{fact_sheet.pk}/")

    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    html = response.content.decode()
    assert '<html lang="pt"' in html
    with translation.override("pt"):
        assert translation.gettext("This page is not available in your language yet") in html
    assert 'href="/fr/realisations/reseau-de-chaleur/"' in html
    assert 'href="/pt/"' in html
    assert 'href="/en/realisations/reseau-de-chaleur/"' in html  # the other published version


def test_leads_to_the_translation_once_it_is_published(client, multilingual_site):
    fact_sheet = multilingual_site["fact_sheet"]
    translate(fact_sheet, "es")

    response = client.get(f"/es/translation-missing/{fact_sheet.pk}/")

    assert response.status_code == 302
    assert response["Location"] == "/es/realisations/reseau-de-chaleur/"


def test_a_page_that_does_not_exist_is_a_404(client, multilingual_site):
    assert client.get("/es/translation-missing/999999/").status_code == 404
    assert client.get("/es/translation-missing/99999999999999999999999/").status_code == 404
