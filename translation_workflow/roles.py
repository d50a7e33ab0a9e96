"""The editorial roles, defined once: who writes the French pages, who translates each language, who reviews.

``ROLES`` is the data. ``setup_roles()`` (``manage.py setup_roles``, also run by ``load_demo``) gives each
role's groups exactly these permissions, and sets the translation review workflow up (review.py). It is
idempotent: run it again after adding a language, or after changing a role here.

Page permissions hang on each language's home page (a site's root page and its translations) rather
than on the tree root, so that a role works in its languages' trees and not above them.
"""

import functools
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language_info
from wagtail.admin.auth import permission_denied
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation

from translation_workflow.review import setup_review_workflow

# Which languages' home pages a role's page permissions are set on.
SOURCE_LANGUAGE = "source"  # French only
EVERY_LANGUAGE = "every"
EACH_TRANSLATION = "each"  # one group per other language: "Translators – English"...

MEDIA_CHOICE = ("wagtailimages.choose_image", "wagtaildocs.choose_document")
MEDIA_EDITING = (
    *MEDIA_CHOICE,
    "wagtailimages.add_image", "wagtailimages.change_image",
    "wagtaildocs.add_document", "wagtaildocs.change_document",
)
TRANSLATION_REQUESTS = ("wagtail_localize.submit_translation",)  # "Translate this page" and "Sync translated pages"
# Promoted search results per language (search/admin_promotions.py), what visitors search for, redirects.
SITE_SEARCH_AND_REDIRECTS = (
    "search.add_promotion", "search.change_promotion", "search.delete_promotion", "search.view_searchterm",
    "wagtailredirects.add_redirect", "wagtailredirects.change_redirect", "wagtailredirects.delete_redirect",
)
# Messages visitors sent to fact sheet contacts (contact/: Reports → Contact messages, CSV export).
CONTACT_MESSAGES = ("contact.view_contactmessage",)


@dataclass(frozen=True)
class Role:
    name: str
    languages: str
    page_permissions: tuple
    model_permissions: tuple
    collection_permissions: tuple
    reviews_translations: bool = False  # its members approve (and so publish) translations submitted for review

    def groups(self):
        """``[(group name, language codes whose home pages it is granted)]``."""
        if self.languages == SOURCE_LANGUAGE:
            return [(self.name, [settings.LANGUAGE_CODE])]
        if self.languages == EVERY_LANGUAGE:
            return [(self.name, [settings.LANGUAGE_CODE, *target_languages()])]
        return [(translator_group_name(self.name, code), [code]) for code in target_languages()]


ROLES = (
    Role(
        "Editors",
        SOURCE_LANGUAGE,
        page_permissions=("add_page", "change_page", "publish_page"),
        model_permissions=("wagtailadmin.access_admin", *TRANSLATION_REQUESTS, *SITE_SEARCH_AND_REDIRECTS, *CONTACT_MESSAGES),
        collection_permissions=MEDIA_EDITING,
    ),
    Role(
        "Moderators",
        EVERY_LANGUAGE,
        page_permissions=("add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"),
        model_permissions=("wagtailadmin.access_admin", *TRANSLATION_REQUESTS, *SITE_SEARCH_AND_REDIRECTS, *CONTACT_MESSAGES),
        collection_permissions=(*MEDIA_EDITING, "wagtailimages.delete_image", "wagtaildocs.delete_document"),
        reviews_translations=True,
    ),
    # Translators edit the translations of their language only: no French page, no publishing, no deleting
    # (Wagtail lets whoever edits a draft delete it; the delete views refuse anyone who may not publish).
    Role(
        "Translators",
        EACH_TRANSLATION,
        page_permissions=("change_page",),
        model_permissions=("wagtailadmin.access_admin",),
        collection_permissions=MEDIA_CHOICE,
    ),
)


def target_languages():
    """The content languages pages are translated into, in the order of the settings."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]


def translator_group_name(role_name, language_code):
    return f"{role_name} – {get_language_info(language_code)['name']}"


def language_home_pages():
    """``{language code: [home pages]}``: the root page of every site, and its translations."""
    roots = Site.objects.values("root_page__translation_key")
    homes = defaultdict(list)
    for page in Page.objects.filter(translation_key__in=roots).select_related("locale"):
        homes[page.locale.language_code].append(page)
    return homes


def setup_roles():
    """Give every role's groups exactly their permissions; ``{group name: Group}``."""
    homes = language_home_pages()
    permissions = _permissions_by_name()
    root_collection = Collection.get_first_root_node()
    groups, reviewers = {}, []
    for role in ROLES:
        for name, language_codes in role.groups():
            group, _created = Group.objects.get_or_create(name=name)
            group.permissions.set([permissions[dotted] for dotted in role.model_permissions])
            pages = [home for code in language_codes for home in homes.get(code, [])]
            _set_page_permissions(group, pages, [permissions[f"wagtailcore.{codename}"] for codename in role.page_permissions])
            _set_collection_permissions(group, root_collection, [permissions[dotted] for dotted in role.collection_permissions])
            groups[name] = group
            if role.reviews_translations:
                reviewers.append(group)
    setup_review_workflow(reviewers, [home for code in target_languages() for home in homes.get(code, [])])
    return groups


def _permissions_by_name():
    """Every permission the roles name, as ``{"app_label.codename": Permission}``, in one query."""
    names = {
        *(dotted for role in ROLES for dotted in (*role.model_permissions, *role.collection_permissions)),
        *(f"wagtailcore.{codename}" for role in ROLES for codename in role.page_permissions),
    }
    condition = Q(pk__in=[])
    for dotted in names:
        app_label, codename = dotted.split(".")
        condition |= Q(content_type__app_label=app_label, codename=codename)
    found = {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in Permission.objects.filter(condition).select_related("content_type")
    }
    missing = names - found.keys()
    if missing:
        raise LookupError(f"Permissions named in translation_workflow/roles.py do not exist: {', '.join(sorted(missing))}")
    return found


def _set_page_permissions(group, pages, permissions):
    wanted = {(page.pk, permission.pk) for page in pages for permission in permissions}
    current = {(grant.page_id, grant.permission_id): grant.pk for grant in GroupPagePermission.objects.filter(group=group)}
    GroupPagePermission.objects.filter(pk__in=[pk for key, pk in current.items() if key not in wanted]).delete()
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
        for page_id, permission_id in wanted - current.keys()
    )


def _set_collection_permissions(group, collection, permissions):
    wanted = {permission.pk for permission in permissions}
    granted = GroupCollectionPermission.objects.filter(group=group)
    granted.exclude(collection=collection, permission_id__in=wanted).delete()
    current = set(granted.filter(collection=collection).values_list("permission_id", flat=True))
    GroupCollectionPermission.objects.bulk_create(
        GroupCollectionPermission(group=group, collection=collection, permission_id=permission_id)
        for permission_id in wanted - current
    )


# What changes a page's fate, rather than its texts, takes the right to publish it: Wagtail and
# wagtail-localize let whoever may edit a translation delete it, stop its synchronisation, or turn it
# into an alias of the French page (which shows the French texts at once).


def may_delete(page, user):
    permissions = page.permissions_for_user(user)
    return permissions.can_delete() and permissions.can_publish()


def publishers_only(view, page_of):
    """wagtail-localize's ``view``, refused to whoever may not publish the page ``page_of(**url kwargs)``."""

    @functools.wraps(view)
    def guarded(request, *args, **kwargs):
        page = page_of(**kwargs)
        if isinstance(page, Page) and not page.permissions_for_user(request.user).can_publish():
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return guarded


def _translated_object(translation_id):
    return get_object_or_404(Translation, pk=translation_id).get_target_instance()


def _page(page_id):
    return get_object_or_404(Page, pk=page_id)


stop_synchronisation = publishers_only(edit_translation.stop_translation, _translated_object)
convert_to_alias = publishers_only(convert.convert_to_alias, _page)
