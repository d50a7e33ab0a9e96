"""On the demo, English, Spanish and Portuguese pages have slugs in their language, and the URL a
page of each type had with the French slugs (``/en/thematiques/energie/``) answers with a 301 to
its new one."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

DEMO_HOST = "127.0.0.1:8000"  # load_demo's default DEMO_SITE_HOSTNAME and DEMO_SITE_PORT
TRANSLATED_SLUG_LANGUAGES = ("en", "es", "pt")


def french_slug_url(page):
    french = page.get_translation(Page.objects.get(depth=2, locale__language_code="fr").locale)
    return f"/{page.locale.language_code}/" + french.url.removeprefix("/fr/")


def test_every_translated_page_answers_at_its_french_slug_url_with_a_301(demo_run, client):
    translations = Page.objects.live().filter(depth__gt=2, locale__language_code__in=TRANSLATED_SLUG_LANGUAGES)
    one_of_each_type = {(page.locale_id, page.content_type_id): page for page in translations.order_by("-path")}
    old_and_new = {french_slug_url(page): page.specific.url for page in one_of_each_type.values()}

    answers = {}
    for old in old_and_new:
        response = client.get(old + "?page=2", HTTP_HOST=DEMO_HOST)
        answers[old] = (response.status_code, response.get("Location"))

    assert len(answers) >= 3 * 12
    assert answers == {old: (301, new + "?page=2") for old, new in old_and_new.items()}
