"""An organisation is a page: a change made in the admin is a draft until someone who may publish publishes it."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.page_reading import heading


def admin_user(site, username, page_permissions):
    """A user of a group with ``page_permissions`` ("change_page"...) on the French home page, as load_demo sets them."""
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for codename in page_permissions:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.create(group=group, page=site["home"], permission=permission)
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(group)
    return user


def edit_form(organisation, **changes):
    """The fields of the organisation's edit form as an editor submits them, with ``changes``."""
    fields = {
        "title": organisation.title, "slug": organisation.slug, "acronym": organisation.acronym,
        "family": organisation.family, "is_member": "on" if organisation.is_member else "",
        "website": organisation.website, "summary": organisation.summary, "listing_image_alt": "",
        "body": streamfield([]), "comments": inline_formset([]),
    }
    return nested_form_data({**fields, **changes})


@pytest.fixture
def renamed(client, bilingual_site):
    """The French organisation renamed in the admin by an editor who may change pages but not publish them."""
    organisation = bilingual_site["organisation"]
    client.force_login(admin_user(bilingual_site, "translator", ["change_page"]))
    data = {**edit_form(organisation, title="Métropole de Lyon (nouveau nom)"), "action-publish": "action-publish"}
    response = client.post(reverse("wagtailadmin_pages:edit", args=[organisation.pk]), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    client.logout()
    organisation.refresh_from_db()
    return organisation


def test_an_unpublished_change_is_a_draft_visitors_do_not_see(client, bilingual_site, renamed):
    assert renamed.has_unpublished_changes
    assert renamed.get_latest_revision().as_object().title == "Métropole de Lyon (nouveau nom)"
    assert heading(client.get(renamed.url).content.decode()) == "Métropole de Lyon"
    assert "nouveau nom" not in client.get(bilingual_site["organisation_index"].url).content.decode()
    assert "nouveau nom" not in client.get(bilingual_site["fact_sheet"].url).content.decode()


def test_the_change_goes_live_when_a_publisher_publishes_it(client, bilingual_site, renamed):
    client.force_login(admin_user(bilingual_site, "editor", ["change_page", "publish_page"]))
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[renamed.pk]),
        {**edit_form(renamed.get_latest_revision().as_object()), "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    client.logout()

    assert heading(client.get(renamed.url).content.decode()) == "Métropole de Lyon (nouveau nom)"
    assert "Métropole de Lyon (nouveau nom)" in client.get(bilingual_site["fact_sheet"].url).content.decode()
