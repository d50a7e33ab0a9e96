"""Each kind of editorial change shows on the very next anonymous request, on the pages that show it,
while the pages that do not show it stay in the cache."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from showcase.models import FactSheetTheme
from tests.factories.editing import translated_page

from .pages import served_from_cache, text, visit

pytestmark = pytest.mark.cache

OLD_TITLE = "Tramway solaire"
NEW_TITLE = "Tramway solaire de Bordeaux"


def warm(client, urls):
    """Visit each URL twice: the second visit is served from the cache."""
    for url in urls:
        visit(client, url)
        assert served_from_cache(visit(client, url)), url


def pages_listing_the_fact_sheet(site):
    return [site[name].url for name in ("fact_sheet", "theme", "country", "programme", "fact_sheet_index", "organisation")]


def unrelated_pages(site):
    """Pages that do not show the solar tramway: another theme's, a news item."""
    return [site["other_theme"].url, site["news"].url]


def test_publishing_shows_the_change_where_the_page_appears_and_nowhere_else(client, page_cache, bilingual_site, publish):
    shown_on = pages_listing_the_fact_sheet(bilingual_site)
    warm(client, shown_on + unrelated_pages(bilingual_site))

    publish(bilingual_site["fact_sheet"], title=NEW_TITLE)

    for url in shown_on:
        assert NEW_TITLE in text(visit(client, url)), url
    for url in unrelated_pages(bilingual_site):
        assert served_from_cache(visit(client, url)), url


def test_filing_under_another_theme_updates_the_old_and_the_new_theme(client, page_cache, bilingual_site, publish):
    old_theme, new_theme = bilingual_site["theme"], bilingual_site["other_theme"]
    warm(client, [old_theme.url, new_theme.url, bilingual_site["news"].url])
    assert OLD_TITLE in text(visit(client, old_theme.url)) and OLD_TITLE not in text(visit(client, new_theme.url))

    fact_sheet = bilingual_site["fact_sheet"]
    fact_sheet.theme_links = [FactSheetTheme(theme=new_theme, locale=fact_sheet.locale)]
    publish(fact_sheet)

    assert OLD_TITLE not in text(visit(client, old_theme.url))
    assert OLD_TITLE in text(visit(client, new_theme.url))
    assert served_from_cache(visit(client, bilingual_site["news"].url))


def test_unpublishing_removes_the_page_from_its_listings(client, page_cache, bilingual_site, committed):
    shown_on = pages_listing_the_fact_sheet(bilingual_site)
    warm(client, shown_on + unrelated_pages(bilingual_site))

    with committed():
        bilingual_site["fact_sheet"].unpublish()

    french_url = bilingual_site["fact_sheet"].url
    assert client.get(french_url).status_code == 404
    for url in shown_on[1:]:  # they link to the English version now, the French one being offline
        assert f'href="{french_url}"' not in text(visit(client, url)), url
    for url in unrelated_pages(bilingual_site):
        assert served_from_cache(visit(client, url)), url


def test_deleting_removes_the_page_from_its_listings(client, page_cache, bilingual_site, committed):
    shown_on = pages_listing_the_fact_sheet(bilingual_site)
    warm(client, shown_on + unrelated_pages(bilingual_site))
    url = bilingual_site["fact_sheet"].url

    with committed():
        Page.objects.get(pk=bilingual_site["fact_sheet"].pk).delete()

    assert client.get(url).status_code == 404
    for listing in shown_on[1:]:
        assert f'href="{url}"' not in text(visit(client, listing)), listing
    for other in unrelated_pages(bilingual_site):
        assert served_from_cache(visit(client, other)), other


def test_moving_a_page_changes_its_address_everywhere(client, page_cache, bilingual_site, committed):
    news = bilingual_site["news"]
    warm(client, [bilingual_site["theme"].url, news.url])

    with committed():
        Page.objects.get(pk=news.pk).move(bilingual_site["home"], pos="last-child")

    new_url = Page.objects.get(pk=news.pk).url
    assert client.get(news.url)["Location"] == new_url  # the old address redirects, not a stale copy
    assert not served_from_cache(visit(client, bilingual_site["theme"].url))
    assert "Visite d" in text(visit(client, new_url))


def test_publishing_a_translation_shows_on_the_pages_of_its_language(client, page_cache, bilingual_site, publish):
    english = translated_page(bilingual_site["fact_sheet"], "en")
    english_theme = bilingual_site["en"]["theme"].url
    warm(client, [english_theme, bilingual_site["en"]["news"].url, bilingual_site["news"].url])

    publish(english, title="Solar tramway of Bordeaux")

    assert "Solar tramway of Bordeaux" in text(visit(client, english_theme))
    assert served_from_cache(visit(client, bilingual_site["en"]["news"].url))
    assert served_from_cache(visit(client, bilingual_site["news"].url))


def test_a_new_page_appears_in_the_sitemap(client, page_cache, bilingual_site, publish):
    sitemap = reverse("sitemap")
    visit(client, sitemap)
    assert served_from_cache(visit(client, sitemap))
    news = bilingual_site["news"]
    publish(news, slug="visite-delegation-mexique")

    assert "visite-delegation-mexique" in text(visit(client, sitemap))


def test_taking_a_page_out_of_the_menus_changes_every_header(client, page_cache, bilingual_site, publish):
    section = bilingual_site["news_index"]
    publish(section, show_in_menus=True)
    news = bilingual_site["news"].url
    warm(client, [news])
    assert f'href="{section.url}"' in text(visit(client, bilingual_site["theme"].url))

    publish(section, show_in_menus=False)

    assert not served_from_cache(visit(client, news))
    assert f'href="{section.url}"' not in text(visit(client, bilingual_site["theme"].url))
