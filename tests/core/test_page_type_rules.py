"""Editors can only create each page type where it belongs."""

import pytest
from django.urls import reverse

from core.models import StandardPage
from countries.models import CountryPage
from home.models import HomePage
from news.models import EventPage, NewsPage
from showcase.models import FactSheetPage
from themes.models import ProgrammePage, ThemeIndexPage, ThemePage


@pytest.mark.parametrize(
    ("model", "parent_name", "allowed"),
    [
        (FactSheetPage, "fact_sheet_index", True),
        (FactSheetPage, "theme_index", False),
        (FactSheetPage, "home", False),
        (ThemePage, "theme_index", True),
        (ThemePage, "fact_sheet_index", False),
        (ProgrammePage, "theme_index", True),
        (ProgrammePage, "country_index", False),
        (CountryPage, "country_index", True),
        (CountryPage, "home", False),
        (NewsPage, "news_index", True),
        (NewsPage, "event_index", False),
        (EventPage, "event_index", True),
        (EventPage, "news_index", False),
        (StandardPage, "home", True),
        (StandardPage, "theme_index", False),
    ],
)
def test_page_type_can_only_be_created_under_its_parent(site_tree, model, parent_name, allowed):
    assert model.can_create_at(site_tree[parent_name]) is allowed


def test_index_pages_are_unique_under_the_home(site_tree):
    assert not ThemeIndexPage.can_create_at(site_tree["home"])
    assert not HomePage.can_create_at(site_tree["home"])


def test_admin_refuses_a_fact_sheet_under_the_theme_index(site_tree, admin_client):
    theme_index = site_tree["theme_index"]
    url = reverse("wagtailadmin_pages:add", args=("showcase", "factsheetpage", theme_index.pk))

    response = admin_client.get(url, follow=True)

    assert response.redirect_chain[0] == (reverse("wagtailadmin_home"), 302)
    assert [message.level_tag for message in response.context["messages"]] == ["error"]
    assert not FactSheetPage.objects.exists()


def test_admin_offers_only_fact_sheets_under_the_fact_sheet_index(site_tree, admin_client):
    index = site_tree["fact_sheet_index"]

    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=(index.pk,)))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:add", args=("showcase", "factsheetpage", index.pk))
