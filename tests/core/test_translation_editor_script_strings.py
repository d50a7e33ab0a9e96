"""The translation editor's scripts read their texts from wagtail-localize's JavaScript catalogue; the
project corrects the ones that catalogue gets wrong, so that the publish button reads "Publier la
version English", not "Publier dansEnglish"."""

import json
import re

import pytest
from django.urls import reverse

from tests.factories.editing import set_admin_language

pytestmark = pytest.mark.django_db

CATALOG = re.compile(r"const newcatalog = (\{.*?\});", re.S)


def script_catalog(client):
    source = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    return json.loads(CATALOG.search(source).group(1))


@pytest.mark.parametrize("language", ["fr", "es", "pt", "ar"])
def test_the_publish_button_keeps_a_space_before_the_language_name(admin_client, admin_user, language):
    set_admin_language(admin_user, language)

    publish_in = script_catalog(admin_client)["Publish in "]

    assert publish_in.endswith(" ") and publish_in.strip() != "Publish in"
