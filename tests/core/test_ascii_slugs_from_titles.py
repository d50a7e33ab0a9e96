"""Editors' slugs are ASCII: the admin transliterates a French title, and the server folds any accent
that still reaches it ("Un téléphérique" → ``un-telepherique``), like the demo's slugs."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.slugs import ascii_slug


def create_news(client, parent, title, slug):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", parent.pk])
    data = nested_form_data({"title": title, "slug": slug, "date": "2026-05-04", "summary": "", "body": streamfield([])})
    return client.post(url, data)


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("un-téléphérique", "un-telepherique"),  # a browser without JavaScript sends the slug as typed
        ("Un téléphérique", "un-telepherique"),
        ("cœur-de-ville", "coeur-de-ville"),
        ("un-telepherique", "un-telepherique"),
    ],
)
def test_the_slug_saved_is_ascii(admin_client, site_tree, typed, saved):
    response = create_news(admin_client, site_tree["news_index"], "Un téléphérique", typed)

    assert response.status_code == 302
    page = Page.objects.get(title="Un téléphérique")
    assert page.slug == saved == ascii_slug(typed)
    assert admin_client.get(f"/fr/actualites/{saved}/").status_code in (200, 404)  # a draft: the URL is ASCII


def test_the_slug_field_transliterates_in_the_browser_too(admin_client, site_tree):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", site_tree["news_index"].pk])

    html = admin_client.get(url).content.decode()

    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', html).group()
    # Wagtail's script (the w-slug controller) transliterates unless told that Unicode is allowed: it
    # does so for the title the slug follows, and here for what is typed in the slug field itself.
    assert "data-w-slug-allow-unicode-value" not in slug_input
    assert 'data-action="blur-&gt;w-slug#urlify ' in slug_input


def test_a_page_created_without_a_slug_gets_one_from_its_title(site_tree):
    page = site_tree["news_index"].add_child(instance=Page(title="Un téléphérique", slug=""))

    assert page.slug == "un-telepherique"
