"""Every listing of the demo lists every item in every language: an item not translated yet appears
in its best other language, marked with it, instead of vanishing (/pt/evenements/ lists the Brazilian
delegation's visit even before it is translated)."""

import re

import pytest
from django.conf import settings
from wagtail.models import Locale

from countries.models import CountryIndexPage
from news.models import EventIndexPage, NewsIndexPage
from showcase.models import FactSheetIndexPage
from themes.models import ThemeIndexPage

pytestmark = pytest.mark.django_db

DEMO_HOST = "127.0.0.1:8000"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
CARD_LINK = re.compile(r'<h[23] class="fr-(?:card|tile)__title"><a href="([^"]+)"(?: hreflang="([^"]+)")?')


def listed(client, index, language):
    """The links of the cards a visitor of ``language`` sees on the index page, all pages of it."""
    page = index.get_translation(Locale.objects.get(language_code=language))
    links, number = [], 1
    while True:
        response = client.get(page.url, {"page": number}, HTTP_HOST=DEMO_HOST)
        assert response.status_code == 200
        links += CARD_LINK.findall(response.content.decode())
        page_obj = response.context.get("page_obj")
        if page_obj is None or not page_obj.has_next():
            return links
        number += 1


@pytest.mark.parametrize("index_model", [FactSheetIndexPage, NewsIndexPage, EventIndexPage, CountryIndexPage, ThemeIndexPage])
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_a_listing_lists_as_many_items_as_the_french_one(demo_run, client, index_model, language):
    french_index = index_model.objects.get(locale__language_code=settings.LANGUAGE_CODE)

    french, translated = listed(client, french_index, settings.LANGUAGE_CODE), listed(client, french_index, language)

    assert len(translated) == len(french) > 0
    for href, hreflang in translated:
        assert href.startswith(f"/{language}/") or hreflang, f"{href} is in another language without saying so"
