"""The switcher leads to the same page in each language, or says plainly it is not translated."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.factories import FactSheetPageFactory, translate
from tests.page_reading import path_of, switcher


def test_switcher_lists_every_language_and_marks_the_current_one(client, multilingual_site):
    links = switcher(client.get("/es/thematiques/energie/"))

    assert list(links) == [code for code, _name in settings.LANGUAGES]
    assert [code for code, link in links.items() if link.get("aria-current") == "true"] == ["es"]


def test_switcher_on_a_fully_translated_page_leads_to_each_translation(client, multilingual_site):
    theme = multilingual_site["theme"]
    for language, _name in settings.LANGUAGES:
        links = switcher(client.get(f"/{language}/thematiques/energie/"))

        for code, link in links.items():
            expected = theme.get_translation(theme.locale.__class__.objects.get(language_code=code)).url
            assert link["next"] == expected, (language, code)
            assert "language-switcher__missing" not in link.get("class", "")


def test_switcher_says_when_a_page_is_not_translated_and_never_leads_to_a_404(client, multilingual_site):
    fact_sheet = multilingual_site["fact_sheet"]  # published in French and English only
    english = fact_sheet.get_translation(fact_sheet.locale.__class__.objects.get(language_code="en"))
    links = switcher(client.get("/en/realisations/reseau-de-chaleur/"))

    assert path_of(links["fr"]["next"]) == "/fr/realisations/reseau-de-chaleur/"
    for code in ("es", "pt", "ar", "zh-hans"):
        assert links[code]["next"] == f"/{code}/translation-missing/{english.pk}/"
        with translation.override(code):
            assert translation.gettext("page not translated yet") in links[code]["text"]
    for link in links.values():
        response = client.get(link["href"], follow=True)
        assert response.status_code == 200


def test_a_draft_translation_is_offered_as_missing(client, multilingual_site):
    theme = multilingual_site["theme"]
    draft = FactSheetPageFactory(parent=multilingual_site["fact_sheet_index"], title="Tramway", slug="tramway", themes=[theme])
    translate(draft, "pt", publish=False)

    links = switcher(client.get("/fr/realisations/tramway/"))

    assert links["pt"]["next"] == f"/pt/translation-missing/{draft.pk}/"
    assert "language-switcher__missing" in links["pt"]["class"]


def test_switcher_on_a_view_that_is_not_a_page_stays_on_that_view(client, multilingual_site):
    fact_sheet = multilingual_site["fact_sheet"]
    links = switcher(client.get(f"/es/translation-missing/{fact_sheet.pk}/"))

    assert links["en"]["next"] == f"/en/translation-missing/{fact_sheet.pk}/"
    # ...which leads to the English version, since that one exists.
    assert client.get(links["en"]["href"], follow=True).redirect_chain[-1][0] == "/en/realisations/reseau-de-chaleur/"


def test_switcher_on_a_404_page_leads_to_each_languages_home(client, multilingual_site):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    links = switcher(response)
    assert {code: link["next"] for code, link in links.items()} == {
        "fr": "/fr/", "en": "/en/", "es": "/es/", "pt": "/pt/", "ar": "/ar/", "zh-hans": "/zh-hans/"
    }


def test_switcher_on_the_search_page_keeps_the_query_in_each_languages_search_url(client, multilingual_site):
    with translation.override("es"):
        spanish_search = reverse("search:search")
    links = switcher(client.get(spanish_search, {"q": "chaleur"}))

    for code, link in links.items():
        with translation.override(code):
            assert link["next"] == reverse("search:search") + "?q=chaleur"
