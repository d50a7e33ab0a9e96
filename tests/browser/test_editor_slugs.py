"""An editor types a French title; the slug the admin's script makes is the ASCII one the server makes."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from core.slugs import ascii_slug
from tests.factories import build_site
from tests.factories.sites import ensure_migration_data

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLES = ["Un téléphérique", "Cœur de ville à Nîmes", "Énergie : l’île de Ré", "Ligne Lyon–Turin", "Œuvres d’art"]


def test_the_slug_made_while_typing_a_french_title_is_ascii(page):
    ensure_migration_data()  # a transactional test before this one flushed the tables
    site = build_site()
    get_user_model().objects.create_superuser("admin", "admin@example.com", "secret-pw")
    page.goto("/admin/login/")
    page.fill("input[name='username']", "admin")
    page.fill("input[name='password']", "secret-pw")
    page.click("button[type='submit']")
    page.wait_for_url("**/admin/")
    add_news = reverse("wagtailadmin_pages:add", args=["news", "newspage", site["news_index"].pk])

    for title in TITLES:
        slug = page.locator("#id_slug")
        page.goto(add_news)
        page.locator("#id_title").press_sequentially(title)
        expect(slug).to_have_value(ascii_slug(title))  # made while the title is typed (after a short debounce)
        open_promote_tab(page)  # the slug field is in the Promote tab
        slug.fill(title)
        slug.blur()
        expect(slug).to_have_value(ascii_slug(title))  # typed in the slug field itself

    assert ascii_slug("Un téléphérique") == "un-telepherique"


def open_promote_tab(page):
    # By its name: the tab's id comes from its heading in the language of whoever first built the editor.
    tab = page.get_by_role("tab", name="Promote")
    try:
        tab.click()
    except PlaywrightTimeoutError as error:  # once in CI: what the editor showed instead
        raise AssertionError(f"no Promote tab at {page.url}:\n{page.inner_text('body')[:3000]}") from error
