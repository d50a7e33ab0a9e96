"""``<link rel="alternate" hreflang>`` lists exactly the published translations, plus x-default."""

from tests.factories import CountryPageFactory, translate
from tests.page_reading import alternates, canonical


def test_alternates_match_the_published_translations_exactly(client, multilingual_site):
    fact_sheet = multilingual_site["fact_sheet"]  # French and English only
    translate(fact_sheet, "es", publish=False)  # a draft must not be announced

    links = alternates(client.get("/fr/realisations/reseau-de-chaleur/"))

    assert links == {
        "fr": "http://localhost/fr/realisations/reseau-de-chaleur/",
        "en": "http://localhost/en/realisations/reseau-de-chaleur/",
        "x-default": "http://localhost/fr/realisations/reseau-de-chaleur/",
    }


def test_every_language_of_a_fully_translated_page_is_announced_with_bcp47_tags(client, multilingual_site):
    links = alternates(client.get("/ar/pays/maroc/"))

    assert set(links) == {"fr", "en", "es", "pt", "ar", "zh-Hans", "x-default"}
    assert links["zh-Hans"] == "http://localhost/zh-hans/pays/maroc/"


def test_unpublishing_a_translation_removes_it(client, multilingual_site):
    country = multilingual_site["country"]
    country.get_translation(country.locale.__class__.objects.get(language_code="pt")).unpublish()

    links = alternates(client.get("/fr/pays/maroc/"))

    assert "pt" not in links
    assert len(links) == 6


def test_each_page_has_one_canonical_url_of_its_own(client, multilingual_site):
    assert canonical(client.get("/es/thematiques/energie/")) == ["http://localhost/es/thematiques/energie/"]


def test_a_page_published_only_in_french_points_x_default_to_itself(client, multilingual_site):
    CountryPageFactory(parent=multilingual_site["country_index"], title="Chili", slug="chili", iso_code="CL")

    assert alternates(client.get("/fr/pays/chili/")) == {
        "fr": "http://localhost/fr/pays/chili/",
        "x-default": "http://localhost/fr/pays/chili/",
    }
