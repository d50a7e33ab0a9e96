"""People of each role, as ``setup_roles`` defines them, for the role, review and worklist tests."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.users.models import UserProfile

from translation_workflow.completeness import enabled_translation_of
from translation_workflow.roles import setup_roles

EDITORS, MODERATORS = "Editors", "Moderators"
ENGLISH_TRANSLATORS, SPANISH_TRANSLATORS = "Translators – English", "Translators – Spanish"


def person(username, *group_names):
    """A user in ``group_names``, whose admin speaks English, with an e-mail address for notifications."""
    user = get_user_model().objects.create_user(username, f"{username}@vivapolis.example", "secret")
    user.groups.set(Group.objects.filter(name__in=group_names))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def team():
    """Set the roles up, then one person per role: ``{"editor", "moderator", "translator"}`` (English)."""
    setup_roles()
    return {
        "editor": person("elise", EDITORS),
        "moderator": person("marc", MODERATORS),
        "translator": person("emma", ENGLISH_TRANSLATORS),
    }


def refused(response):
    """Wagtail's answer to a forbidden admin action: 403, or back to the dashboard with "Sorry, you do not have permission"."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def translate_texts(page, prefix="EN"):
    """Translate every text of ``page`` (a translation) in its editor, as a translator does, without publishing it."""
    translation = enabled_translation_of(page)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = entry.msgid if entry.msgctxt == "slug" else f"{prefix} {entry.msgid}"
    translation.import_po(po)
    return translation
