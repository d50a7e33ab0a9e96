"""Editor groups with their permissions, and the demo accounts."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from home.models import HomePage

DEFAULT_DEMO_PASSWORD = "vivapolis-demo"

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page", "publish_page"],
    "Moderators": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"],
    "Translators": ["change_page"],
}
COLLECTION_PERMISSIONS = {
    "Editors": ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    "Moderators": [
        "add_image", "change_image", "delete_image", "choose_image",
        "add_document", "change_document", "delete_document", "choose_document",
    ],
    "Translators": ["choose_image", "choose_document"],
}
MODEL_PERMISSIONS = {
    "Editors": ["wagtailadmin.access_admin", "showcase.add_organisation", "showcase.change_organisation",
                "showcase.view_organisation"],
    "Moderators": ["wagtailadmin.access_admin", "showcase.add_organisation", "showcase.change_organisation",
                   "showcase.delete_organisation", "showcase.view_organisation",
                   "wagtail_localize.submit_translation"],
    "Translators": ["wagtailadmin.access_admin", "showcase.change_organisation", "showcase.view_organisation",
                    "wagtail_localize.submit_translation"],
}

ACCOUNTS = [
    # username, group (None: superuser), first name
    ("admin", None, "Admin"),
    ("editor", "Editors", "Élise"),
    ("moderator", "Moderators", "Marc"),
    ("translator", "Translators", "Tania"),
]


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def _collection_permission(codename):
    app_label = "wagtailimages" if codename.endswith("_image") else "wagtaildocs"
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def setup_groups():
    """Give each group exactly its permissions, on every locale's home page and on all collections.

    Page permissions are set on each home page rather than on the tree root, so that editors
    work on the site and not above it.
    """
    homes = list(HomePage.objects.all())
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name in PAGE_PERMISSIONS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(dotted) for dotted in MODEL_PERMISSIONS[name]])

        wanted_pages = {(home.pk, _page_permission(codename).pk) for home in homes for codename in PAGE_PERMISSIONS[name]}
        current_pages = GroupPagePermission.objects.filter(group=group)
        current_pages.exclude(
            pk__in=[p.pk for p in current_pages if (p.page_id, p.permission_id) in wanted_pages]
        ).delete()
        for page_id, permission_id in wanted_pages:
            GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission_id=permission_id)

        wanted_collections = {_collection_permission(codename).pk for codename in COLLECTION_PERMISSIONS[name]}
        GroupCollectionPermission.objects.filter(group=group).exclude(
            collection=root_collection, permission_id__in=wanted_collections
        ).delete()
        for permission_id in wanted_collections:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission_id=permission_id
            )
        groups[name] = group
    return groups


def demo_password():
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD


def setup_accounts(groups):
    """The demo accounts; a password is only set when it differs, so a rerun changes nothing."""
    password = demo_password()
    user_model = get_user_model()
    accounts = []
    for username, group_name, first_name in ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@vivapolis.example", "first_name": first_name, "last_name": "Démo"},
        )
        if group_name is None and not (user.is_superuser and user.is_staff):
            user.is_superuser = user.is_staff = True
            user.save()
        if not user.check_password(password):
            user.set_password(password)
            user.save()
        if group_name:
            user.groups.set([groups[group_name]])
        accounts.append((username, group_name or "superuser", password))
    return accounts
