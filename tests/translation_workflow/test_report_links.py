"""Every link the report shows its user is one that user may follow: no link ends in "permission denied"."""

import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from tests.factories import translated_page


def person(username, page_permissions, submits_translations=False):
    """A user with ``{page: [permission types]}`` and, if said, wagtail-localize's right to submit and sync."""
    group = Group.objects.create(name=f"{username} (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    if submits_translations:
        group.permissions.add(Permission.objects.get(codename="submit_translation"))
    for page, permission_types in page_permissions.items():
        for permission_type in permission_types:
            GroupPagePermission.objects.create(group=group, page=page, permission_type=permission_type)
    user = get_user_model().objects.create_user(username, f"{username}@vivapolis.example", "secret")
    user.groups.add(group)
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


def report_links(client, **filters):
    html = client.get(reverse("translation_status_report"), filters).content.decode()
    start = html.index('<table class="listing">')
    table = html[start : html.index("</table>", start)]
    return {unescape(href) for href in re.findall(r'href="([^"]+)"', table) if not href.startswith("?")}


@pytest.fixture
def changed_theme(multilingual_site):
    """The shared site, with a French text of its theme changed: out of date in every language."""
    theme = multilingual_site["theme"]
    theme.summary = "Une coopération renouvelée sur l'énergie."
    theme.save_revision().publish()
    return multilingual_site


def test_a_french_editor_without_translation_rights_gets_french_page_links_only(client, changed_theme):
    client.force_login(person("elise", {changed_theme["home"]: ["add", "change", "publish"]}))

    links = report_links(client)

    assert reverse("wagtailadmin_pages:edit", args=[changed_theme["theme"].pk]) in links
    assert not [link for link in links if "/localize/" in link]  # neither "translate" nor "sync"
    assert {client.get(link).status_code for link in links} == {200}


def test_a_translator_gets_links_to_the_translations_of_their_language_only(client, changed_theme):
    client.force_login(person("tania", {translated_page(changed_theme["home"], "en"): ["change"]}))

    links = report_links(client)

    english = {"home", "theme_index", "fact_sheet_index", "country_index", "theme", "country", "fact_sheet"}
    assert links == {reverse("wagtailadmin_pages:edit", args=[translated_page(changed_theme[name], "en").pk]) for name in english}
    assert {client.get(link).status_code for link in links} == {200}


def test_a_moderator_gets_translate_sync_and_edit_links_that_all_work(client, changed_theme):
    homes = [changed_theme["home"], *(translated_page(changed_theme["home"], code) for code in ("en", "es", "pt", "ar", "zh-hans"))]
    client.force_login(person("marc", dict.fromkeys(homes, ["add", "change", "publish"]), submits_translations=True))

    links = report_links(client, locale="es")

    assert any("/localize/submit/" in link for link in links)  # the fact sheet, missing in Spanish
    assert any("/localize/update/" in link for link in links)  # the theme, out of date
    assert {client.get(link).status_code for link in links} == {200}
