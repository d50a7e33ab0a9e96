"""Editors change the footer in the CMS (Settings → Header and footer), for every language at once."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Site

from core.models import SiteChrome, SocialLink
from tests.factories import StandardPageFactory, choose_footer_pages, translate

pytestmark = pytest.mark.django_db


def footer(client, page):
    html = client.get(page.url).content.decode()
    return re.search(r'<footer class="fr-footer".*?</footer>', html, re.S).group(0)


def settings_form(chrome, **changes):
    """The POST an editor's browser sends from the setting's edit form (no social link rows)."""
    data = {
        "accessibility_page": chrome.accessibility_page_id or "",
        "accessibility_status": chrome.accessibility_status,
        "legal_notice_page": chrome.legal_notice_page_id or "",
        "personal_data_page": chrome.personal_data_page_id or "",
        "site_map_page": chrome.site_map_page_id or "",
        "social_links-TOTAL_FORMS": "0",
        "social_links-INITIAL_FORMS": "0",
        "social_links-MIN_NUM_FORMS": "0",
        "social_links-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_an_editor_changes_the_legal_notice_link_in_every_language_without_a_deploy(admin_client, client, site_tree):
    old = StandardPageFactory(parent=site_tree["home"], title="Mentions légales", slug="mentions-legales")
    new = StandardPageFactory(parent=site_tree["home"], title="Informations légales", slug="informations-legales")
    chrome = choose_footer_pages({"legal_notice_page": old})
    english_home, english_new = translate(site_tree["home"], "en"), translate(new, "en")
    site = Site.objects.get(is_default_site=True)

    response = admin_client.post(
        reverse("wagtailsettings:edit", args=["core", "sitechrome", site.pk]), settings_form(chrome, legal_notice_page=new.pk)
    )

    assert response.status_code == 302
    assert f'href="{new.url}"' in footer(client, site_tree["home"])
    assert f'href="{old.url}"' not in footer(client, site_tree["home"])
    assert f'href="{english_new.url}"' in footer(client, english_home)


def test_a_page_not_translated_yet_is_left_out_of_that_languages_footer(client, site_tree):
    legal = StandardPageFactory(parent=site_tree["home"], title="Mentions légales", slug="mentions-legales")
    choose_footer_pages({"legal_notice_page": legal})
    english_home = translate(site_tree["home"], "en")

    assert f'href="{legal.url}"' in footer(client, site_tree["home"])
    assert "/fr/" not in re.sub(r'<a class="fr-footer__content-link".*?</a>', "", footer(client, english_home))


def test_the_accessibility_link_states_the_compliance_the_editor_chose(client, site_tree):
    statement = StandardPageFactory(parent=site_tree["home"], title="Accessibilité", slug="accessibilite")
    chrome = choose_footer_pages({"accessibility_page": statement})
    chrome.accessibility_status = SiteChrome.AccessibilityStatus.NON_COMPLIANT
    chrome.save()

    assert "Accessibilité : non conforme" in footer(client, site_tree["home"])


def test_the_networks_social_links_are_in_the_footer(client, site_tree):
    chrome = choose_footer_pages({})
    SocialLink.objects.create(chrome=chrome, network="LinkedIn", url="https://www.linkedin.com/company/vivapolis")

    html = footer(client, site_tree["home"])

    assert '<a class="fr-footer__content-link" href="https://www.linkedin.com/company/vivapolis" rel="noopener">LinkedIn</a>' in html
