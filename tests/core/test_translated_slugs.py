"""Slugs in the visitor's language: ASCII from any title, translated for Latin-script languages,
and every link that names a page (sitemap, hreflang, canonical, language switcher) uses them."""

import pytest
from wagtail.models import Locale

from core.slugs import (
    MAX_SLUG_LENGTH,
    ascii_slug,
    slug_for_translation,
    translated_slug,
)
from tests.core.renamed_translations import rename_translations, renamed_energy_theme
from tests.factories import ThemePageFactory, translate
from tests.page_reading import alternates, canonical, path_of, sitemap_entries, switcher


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Énergie", "energie"),  # fr
        ("Économie circulaire", "economie-circulaire"),
        ("Un parc au cœur d'un quartier", "un-parc-au-coeur-dun-quartier"),
        ("Transport par câble", "transport-par-cable"),
        ("Industrial demonstrators: the 2024 round", "industrial-demonstrators-the-2024-round"),  # en
        ("Visita de una delegación a São Paulo", "visita-de-una-delegacion-a-sao-paulo"),  # es
        ("Cooperação internacional", "cooperacao-internacional"),  # pt
        ("الطاقة", "ltqh"),  # ar: consonants only, which is why Arabic pages keep the French slug
        ("能源转型", "nengyuanzhuanxing"),  # zh-hans: toneless pinyin run together
        ("« Vivapolis » — 2025 !", "vivapolis-2025"),
    ],
)
def test_ascii_slug_folds_accents_and_transliterates_any_script(title, slug):
    assert ascii_slug(title) == slug
    assert slug.isascii()


def test_a_long_title_is_cut_between_two_words():
    title = "Exemple : la reconversion d'une friche industrielle en quartier mixte, avec ses habitants et ses entreprises"

    assert ascii_slug(title) == "exemple-la-reconversion-dune-friche-industrielle-en-quartier-mixte-avec-ses"
    assert ascii_slug("a" * 100) == "a" * MAX_SLUG_LENGTH  # one word longer than a slug is cut within


@pytest.mark.parametrize(
    ("language", "title", "slug"),
    [
        ("en", "Energy", "energy"),
        ("es", "Energía", "energia"),
        ("pt", "Energia", "energia"),
        ("ro", "Energie și climă", "energie-si-clima"),  # a language the site may add later
        ("ar", "الطاقة", "energie"),  # Arabic keeps the French slug
        ("zh-hans", "能源", "energie"),  # and so does Chinese
        ("ar", "Business France", "energie"),  # even for a name left in Latin letters
        ("en", "…", "energie"),  # a title that gives no slug at all
    ],
)
def test_translations_get_a_slug_from_their_title_in_latin_script_languages_only(language, title, slug):
    assert translated_slug(title, "energie", language) == slug


def test_a_translated_slug_is_unique_among_its_siblings(multilingual_site):
    english = Locale.objects.get(language_code="en")
    energies = ThemePageFactory(parent=multilingual_site["theme_index"], title="Énergies", slug="energies")
    translate(energies, "en")
    rename_translations({"theme": multilingual_site["theme"]}, ("en",))  # the English "Energy" is /energy/

    assert slug_for_translation(energies, "Energy", english) == "energy-1"
    assert slug_for_translation(multilingual_site["theme"], "Energy", english) == "energy"  # itself is no sibling
    assert slug_for_translation(energies, "الطاقة", Locale.objects.get(language_code="ar")) == "energies"


@pytest.fixture
def renamed_theme(multilingual_site):
    return renamed_energy_theme(multilingual_site)


def test_sitemap_lists_translated_slugs_with_their_alternates(client, renamed_theme):
    entries = sitemap_entries(client.get("/sitemap.xml"))

    assert entries["http://localhost/es/tematicas/energia/"] == {
        "fr": "http://localhost/fr/thematiques/energie/",
        "en": "http://localhost/en/themes/energy/",
        "es": "http://localhost/es/tematicas/energia/",
        "pt": "http://localhost/pt/thematiques/energie/",
        "ar": "http://localhost/ar/thematiques/energie/",
        "zh-Hans": "http://localhost/zh-hans/thematiques/energie/",
        "x-default": "http://localhost/fr/thematiques/energie/",
    }
    assert "http://localhost/en/themes/" in entries
    assert not any("/en/thematiques/" in url or "/es/thematiques/" in url for url in entries)


def test_hreflang_and_canonical_links_use_translated_slugs(client, renamed_theme):
    response = client.get("/fr/thematiques/energie/")

    links = alternates(response)
    assert links["en"] == "http://localhost/en/themes/energy/"
    assert links["es"] == "http://localhost/es/tematicas/energia/"
    assert canonical(client.get("/en/themes/energy/")) == ["http://localhost/en/themes/energy/"]


def test_language_switcher_leads_to_translated_slugs(client, renamed_theme):
    links = switcher(client.get("/ar/thematiques/energie/"))

    assert path_of(links["en"]["next"]) == "/en/themes/energy/"
    assert path_of(links["es"]["next"]) == "/es/tematicas/energia/"
    assert path_of(links["fr"]["next"]) == "/fr/thematiques/energie/"
