"""Every page type carries Open Graph and Twitter card tags: title, summary, address, language, image."""

import pytest
import wagtail_factories

from tests.factories import NewsPageFactory
from tests.previews.reading import meta_values, read_head

PAGE_TYPES = ["home", "theme_index", "theme", "programme", "fact_sheet_index", "fact_sheet", "country_index", "country",
              "organisation_index", "organisation", "news_index", "news", "event_index", "event", "standard"]


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_every_page_type_has_open_graph_and_twitter_tags(client, bilingual_site, name):
    page = bilingual_site[name]
    head = read_head(client.get(page.url))
    assert meta_values(head, "og:title") == [page.seo_title or page.title]
    assert meta_values(head, "twitter:title") == [page.seo_title or page.title]
    assert meta_values(head, "og:url") == [f"http://testserver{page.url}"]
    assert meta_values(head, "og:locale") == ["fr_FR"]
    assert meta_values(head, "og:locale:alternate") == ["en_GB"]  # every page of the site is translated into English
    assert meta_values(head, "og:site_name") == ["Vivapolis"]
    assert meta_values(head, "twitter:card") == ["summary"]


def test_english_page_names_english_and_its_french_original(client, bilingual_site):
    head = read_head(client.get(bilingual_site["en"]["fact_sheet"].url))
    assert meta_values(head, "og:locale") == ["en_GB"]
    assert meta_values(head, "og:locale:alternate") == ["fr_FR"]


def test_only_real_translations_are_alternate_locales(client, bilingual_site):
    news = NewsPageFactory(parent=bilingual_site["news_index"], title="En français seulement", summary="Résumé court.")
    head = read_head(client.get(news.url))
    assert meta_values(head, "og:locale:alternate") == []
    assert meta_values(head, "og:description") == ["Résumé court."]
    assert meta_values(head, "twitter:description") == ["Résumé court."]
    assert meta_values(head, "og:type") == ["article"]


def test_a_page_with_an_image_shares_a_large_rendition_with_its_alternative_text(client, bilingual_site):
    fact_sheet = bilingual_site["fact_sheet"]
    fact_sheet.listing_image = wagtail_factories.ImageFactory(file__width=2000, file__height=1200)
    fact_sheet.listing_image_alt = "Une rame sur la voie"
    fact_sheet.save_revision().publish()
    head = read_head(client.get(fact_sheet.url))
    (image_url,) = meta_values(head, "og:image")
    assert image_url.startswith("http://testserver/") and ".webp" in image_url
    assert meta_values(head, "og:image:width") == ["1600"] and meta_values(head, "og:image:height") == ["900"]
    assert meta_values(head, "og:image:alt") == ["Une rame sur la voie"]
    assert meta_values(head, "twitter:card") == ["summary_large_image"]
    assert meta_values(head, "twitter:image") == [image_url]
    rendition = fact_sheet.listing_image.renditions.get(filter_spec="fill-1600x900-c100|format-webp")
    assert image_url == f"http://testserver{rendition.url}" and rendition.file.storage.exists(rendition.file.name)


def test_a_draft_seen_in_the_admin_preview_has_nothing_to_share(admin_client, bilingual_site):
    draft = NewsPageFactory(parent=bilingual_site["news_index"], title="Brouillon", live=False)
    response = admin_client.get(f"/admin/pages/{draft.pk}/view_draft/")
    assert response.status_code == 200
    head = read_head(response)
    assert head.meta and meta_values(head, "og:title") == [] and head.json_ld == []
