"""The legal notice names the publisher and host kept in the site settings; the personal-data page
names the map tile server the site is configured with; the accessibility status is "non compliant"
until someone who has had an audit says otherwise."""

import re
from html import unescape

import pytest
from wagtail.models import Site

from core.models import SiteChrome
from tests.factories import StandardPageFactory


def text_of(client, url):
    html = client.get(url).content.decode()
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def chrome(site_tree):
    return SiteChrome.for_site(Site.objects.get(is_default_site=True))


def page_with(site_tree, block_type, slug):
    return StandardPageFactory(parent=site_tree["home"], slug=slug, title=slug, body=[(block_type, None)])


@pytest.mark.django_db
def test_legal_notice_names_the_publisher_and_host_of_the_settings(client, site_tree, chrome):
    chrome.publisher = "Ministère de la Transition écologique\nTour Séquoia, 92055 La Défense cedex"
    chrome.publication_director = "La directrice générale"
    chrome.host = "Hébergeur Public, 1 rue des Serveurs, 75000 Paris"
    chrome.save()

    text = text_of(client, page_with(site_tree, "legal_details", "mentions").url)

    assert "Éditeur Ministère de la Transition écologique Tour Séquoia, 92055 La Défense cedex" in text
    assert "Directeur de la publication La directrice générale" in text
    assert "Hébergeur Hébergeur Public, 1 rue des Serveurs, 75000 Paris" in text


@pytest.mark.django_db
def test_legal_notice_says_when_the_settings_name_no_host(client, site_tree, chrome):
    chrome.publisher, chrome.host = "Ministère", ""
    chrome.save()

    text = text_of(client, page_with(site_tree, "legal_details", "mentions").url)

    assert "Hébergeur Pas encore renseigné dans les réglages du site." in text
    assert "Directeur de la publication" not in text


@pytest.mark.django_db
def test_personal_data_page_names_the_configured_tile_server(client, site_tree, settings):
    settings.VIVAPOLIS_MAP_TILES_URL = "https://tuiles.exemple.gouv.fr/{z}/{x}/{y}.png"
    settings.VIVAPOLIS_MAP_ATTRIBUTION = "© contributeurs d'OpenStreetMap"

    text = text_of(client, page_with(site_tree, "map_tile_server", "donnees").url)

    assert "depuis tuiles.exemple.gouv.fr , qui reçoit votre adresse IP" in text  # "," follows </strong>
    assert "Données cartographiques : © contributeurs d'OpenStreetMap." in text


@pytest.mark.django_db
def test_accessibility_status_is_non_compliant_until_set_otherwise(client, site_tree, mandatory_pages):
    assert "Accessibilité : non conforme" in text_of(client, site_tree["home"].url)
