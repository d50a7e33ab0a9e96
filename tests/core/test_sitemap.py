"""sitemap.xml lists every published page of every language, with its alternates, and no draft."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import site_wide_cache
from home.models import HomePage
from tests.factories import FactSheetPageFactory, translate
from tests.page_reading import sitemap_entries


def test_sitemap_lists_every_live_page_of_every_locale(client, multilingual_site):
    entries = sitemap_entries(client.get("/sitemap.xml"))

    homes = HomePage.objects.all()
    assert homes.count() == 6
    expected = {page.get_full_url() for home in homes for page in home.get_descendants(inclusive=True).live()}
    assert set(entries) == expected
    assert "http://localhost/zh-hans/pays/maroc/" in entries
    assert "http://localhost/en/realisations/reseau-de-chaleur/" in entries


def test_sitemap_leaves_drafts_out(client, multilingual_site):
    draft = FactSheetPageFactory(parent=multilingual_site["fact_sheet_index"], title="Brouillon", slug="brouillon", live=False)
    translate(multilingual_site["fact_sheet"], "pt", publish=False)

    entries = sitemap_entries(client.get("/sitemap.xml"))

    assert not any("brouillon" in url for url in entries)
    assert "http://localhost/pt/realisations/reseau-de-chaleur/" not in entries
    assert "pt" not in entries["http://localhost/fr/realisations/reseau-de-chaleur/"]
    assert not draft.live


def test_each_entry_carries_the_same_hreflang_set_as_the_page(client, multilingual_site):
    entries = sitemap_entries(client.get("/sitemap.xml"))

    assert entries["http://localhost/es/thematiques/energie/"] == {
        "fr": "http://localhost/fr/thematiques/energie/",
        "en": "http://localhost/en/thematiques/energie/",
        "es": "http://localhost/es/thematiques/energie/",
        "pt": "http://localhost/pt/thematiques/energie/",
        "ar": "http://localhost/ar/thematiques/energie/",
        "zh-Hans": "http://localhost/zh-hans/thematiques/energie/",
        "x-default": "http://localhost/fr/thematiques/energie/",
    }
    assert set(entries["http://localhost/en/realisations/reseau-de-chaleur/"]) == {"fr", "en", "x-default"}


def test_sitemap_query_count_does_not_grow_with_the_number_of_pages(client, multilingual_site):
    client.get("/sitemap.xml")  # fills the cache of site root paths
    site_wide_cache.forget()  # both counts as right after an editor's change (adding pages makes it stale)
    with CaptureQueriesContext(connection) as before:
        client.get("/sitemap.xml")
    for number in range(20):
        page = FactSheetPageFactory(parent=multilingual_site["fact_sheet_index"], title=f"Fiche {number}", slug=f"fiche-{number}")
        translate(page, "en")

    site_wide_cache.forget()
    with CaptureQueriesContext(connection) as after:
        entries = sitemap_entries(client.get("/sitemap.xml"))

    assert len(entries) == 2 * 20 + len(before_entries(multilingual_site))
    assert len(after.captured_queries) == len(before.captured_queries)


def before_entries(site):
    return [page for home in HomePage.objects.all() for page in home.get_descendants(inclusive=True).live() if "fiche-" not in page.url_path]
