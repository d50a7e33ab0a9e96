"""load_demo sets the product's roles up (translation_workflow/roles.py) and the demo accounts in them."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
)

from demo.accounts import DEFAULT_DEMO_PASSWORD
from home.models import HomePage
from translation_workflow.review import REVIEW_WORKFLOW_NAME

pytestmark = pytest.mark.django_db

TRANSLATOR_GROUPS = {
    "en": "Translators – English",
    "es": "Translators – Spanish",
    "pt": "Translators – Portuguese",
    "ar": "Translators – Arabic",
    "zh-hans": "Translators – Simplified Chinese",
}


def granted_languages(group_name, codename):
    return set(
        GroupPagePermission.objects.filter(group__name=group_name, permission__codename=codename).values_list(
            "page__locale__language_code", flat=True
        )
    )


def test_roles_are_set_on_every_language_home_page(demo_run):
    every_language = set(HomePage.objects.values_list("locale__language_code", flat=True))
    assert every_language == {"fr", *TRANSLATOR_GROUPS}
    assert granted_languages("Editors", "publish_page") == {"fr"}
    assert granted_languages("Moderators", "publish_page") == every_language
    for code, name in TRANSLATOR_GROUPS.items():
        assert granted_languages(name, "change_page") == {code}
        assert not granted_languages(name, "publish_page")
    for group in Group.objects.filter(name__in=["Editors", "Moderators", *TRANSLATOR_GROUPS.values()]):
        assert group.permissions.filter(codename="access_admin").exists()
        assert GroupCollectionPermission.objects.filter(group=group, permission__codename="choose_image").exists()
    # Organisations are pages: no group needs a permission of its own on them.
    assert not Group.objects.filter(permissions__content_type__app_label="showcase").exists()


def test_translations_are_reviewed_by_the_moderators(demo_run):
    with translation.override("fr"):  # its name is saved in the source language
        review = Workflow.objects.get(name=str(REVIEW_WORKFLOW_NAME))
    for home in HomePage.objects.exclude(locale__language_code="fr"):
        assert Page.objects.get(pk=home.pk).get_workflow() == review
    assert [group.name for group in review.tasks[0].specific.groups.all()] == ["Moderators"]


def test_demo_accounts(demo_run):
    users = get_user_model().objects
    admin = users.get(username="admin")
    assert admin.is_superuser and admin.check_password(DEFAULT_DEMO_PASSWORD)
    expected = {
        "editor": {"Editors"},
        "moderator": {"Moderators"},
        "translator": set(TRANSLATOR_GROUPS.values()),
        **{f"translator-{code}": {name} for code, name in TRANSLATOR_GROUPS.items()},
    }
    for username, groups in expected.items():
        user = users.get(username=username)
        assert not user.is_superuser
        assert set(user.groups.values_list("name", flat=True)) == groups, username
        assert user.check_password(DEFAULT_DEMO_PASSWORD)
