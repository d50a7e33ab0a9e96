"""load_demo sets up the editor groups with their permissions, and the demo accounts."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from demo.accounts import DEFAULT_DEMO_PASSWORD
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_groups_have_sensible_permissions(demo_run):
    homes = list(HomePage.objects.all())
    expected = {
        "Editors": {"add_page", "change_page", "publish_page"},
        "Moderators": {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        "Translators": {"change_page"},
    }
    for name, codenames in expected.items():
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()
        for home in homes:
            granted = set(
                GroupPagePermission.objects.filter(group=group, page=home).values_list("permission__codename", flat=True)
            )
            assert codenames <= granted, (name, home.locale)
        assert GroupCollectionPermission.objects.filter(group=group, permission__codename="choose_image").exists()
    translators = Group.objects.get(name="Translators")
    assert not GroupPagePermission.objects.filter(group=translators, permission__codename="publish_page").exists()
    assert translators.permissions.filter(codename="submit_translation").exists()
    assert Group.objects.get(name="Moderators").permissions.filter(codename="submit_translation").exists()
    assert Group.objects.get(name="Editors").permissions.filter(codename="change_organisation").exists()


def test_demo_accounts(demo_run):
    users = get_user_model().objects
    admin = users.get(username="admin")
    assert admin.is_superuser and admin.check_password(DEFAULT_DEMO_PASSWORD)
    for username, group in (("editor", "Editors"), ("moderator", "Moderators"), ("translator", "Translators")):
        user = users.get(username=username)
        assert not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.check_password(DEFAULT_DEMO_PASSWORD)
