"""Settings, snippets and images shown on pages: saving one shows on the next anonymous request."""

import pytest
import wagtail_factories
from wagtail.models import Site

from core.models import SiteChrome
from tests.factories.editing import choose_footer_pages

from .pages import served_from_cache, text, visit

pytestmark = pytest.mark.cache


def test_saving_the_header_and_footer_setting_shows_on_every_page(client, page_cache, bilingual_site, committed):
    urls = [bilingual_site["news"].url, bilingual_site["en"]["theme"].url]
    for url in urls:
        visit(client, url)
        assert served_from_cache(visit(client, url))

    with committed():
        chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
        chrome.social_links.create(network="Mastodon", url="https://social.example.org/@vivapolis")
        chrome.save()

    for url in urls:
        assert "https://social.example.org/@vivapolis" in text(visit(client, url)), url


def test_saving_an_image_refreshes_the_pages_that_show_it_only(client, page_cache, bilingual_site, publish, committed):
    image = wagtail_factories.ImageFactory(title="Tramway à quai")
    publish(bilingual_site["fact_sheet"], listing_image=image)
    using, unrelated = bilingual_site["fact_sheet"].url, bilingual_site["news"].url
    for url in (using, unrelated):
        visit(client, url)
        assert served_from_cache(visit(client, url))

    with committed():
        image.title = "Tramway solaire à quai"
        image.save()

    assert not served_from_cache(visit(client, using))
    assert served_from_cache(visit(client, unrelated))


def test_the_site_map_page_lists_a_page_published_anywhere(client, page_cache, bilingual_site, publish, committed):
    site_map = bilingual_site["standard"]
    with committed():
        choose_footer_pages({"site_map_page": site_map})
    visit(client, site_map.url)
    assert served_from_cache(visit(client, site_map.url))

    publish(bilingual_site["news"], title="Visite d'une délégation mexicaine")

    assert "Visite d&#x27;une délégation mexicaine" in text(visit(client, site_map.url))
