"""Languages in step: what an editor does to a French page follows in its translations.

- **Order.** Reordering French pages among their siblings (drag and drop in the explorer) moves
  each translation to the same place among its own siblings: after the translation of the French
  page now before it, or before the one now after it. Moves to another parent are left alone
  (wagtail-localize does not move translations either).
- **Unpublishing.** Wagtail's confirmation of unpublishing a French page lists its live
  translations and asks, with a checkbox, whether to unpublish them too
  (``wagtailadmin/pages/confirm_unpublish.html``); when ticked they are unpublished with the same
  "include subpages" choice, and the editor is told which ones.
- **Right to left.** In wagtail-localize's translation editor, the translation fields of a
  right-to-left language (Arabic) are written right to left (``static/js/translation-direction.js``).
"""

import json

from django.conf import settings
from django.contrib import messages
from django.utils.html import format_html
from django.utils.translation import get_language_info, gettext
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.admin.staticfiles import versioned_static
from wagtail.signals import post_page_move

UNPUBLISH_TRANSLATIONS_FIELD = "unpublish_translations"


def is_source_page(page):
    return page.locale.is_default


def _place(translation, target, pos):
    """Move ``translation`` to ``pos`` ("left"/"right") of ``target``, unless it is there already."""
    siblings = list(target.get_parent().get_children().values_list("pk", flat=True))
    wanted = siblings.index(target.pk) + (1 if pos == "right" else -1)
    if 0 <= wanted < len(siblings) and siblings[wanted] == translation.pk:
        return
    translation.move(target, pos=pos)


def _neighbours(page):
    """The translation keys of the siblings before ``page`` (nearest first) and after it (nearest first)."""
    keys = list(page.get_parent().get_children().values_list("translation_key", flat=True))
    position = keys.index(page.translation_key)
    return keys[:position][::-1], keys[position + 1 :]


def follow_reordering(page):
    """Give every translation of the source ``page`` the place ``page`` has among its siblings."""
    before, after = _neighbours(page)
    for translation in page.get_translations().select_related("locale"):
        parent = translation.get_parent()
        if parent.translation_key != page.get_parent().translation_key:
            continue  # the translation lives elsewhere in its tree: not ours to move
        placed = {sibling.translation_key: sibling for sibling in parent.get_children().exclude(pk=translation.pk)}
        preceding = next((placed[key] for key in before if key in placed), None)
        following = next((placed[key] for key in after if key in placed), None)
        if preceding is not None:
            _place(translation, preceding, "right")
        elif following is not None:
            _place(translation, following, "left")


def reorder_translations(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """``post_page_move`` receiver: a French page reordered among the same siblings."""
    if parent_page_before.pk == parent_page_after.pk and is_source_page(instance):
        follow_reordering(instance)


def connect():
    post_page_move.connect(reorder_translations, dispatch_uid="translation_workflow.in_step.reorder_translations")


def unpublish_translations(request, page):
    """``after_unpublish_page`` hook: unpublish the live translations too, when the editor asked."""
    if not request.POST.get(UNPUBLISH_TRANSLATIONS_FIELD) or not is_source_page(page):
        return
    include_descendants = bool(request.POST.get("include_descendants"))
    done, refused = [], []
    for translation in page.get_translations().live().select_related("locale"):
        if not translation.permissions_for_user(request.user).can_unpublish():
            refused.append(translation)
            continue
        UnpublishPageAction(translation, user=request.user, include_descendants=include_descendants).execute(
            skip_permission_checks=True
        )
        done.append(translation)
    if done:
        messages.success(request, gettext("Also unpublished in: %(languages)s.") % {"languages": _languages(done)})
    if refused:
        messages.warning(
            request,
            gettext("Still published in %(languages)s: you may not unpublish these translations.")
            % {"languages": _languages(refused)},
        )


def _languages(pages):
    return ", ".join(str(get_language_info(page.locale.language_code)["name_translated"]) for page in pages)


def right_to_left_languages():
    return sorted(code for code, _name in settings.LANGUAGES if get_language_info(code)["bidi"])


def translation_direction_script():
    """``insert_editor_js`` hook: the script that turns the translation fields of RTL languages right to left."""
    return format_html(
        '<script src="{}" data-rtl-languages="{}" defer></script>',
        versioned_static("js/translation-direction.js"),
        json.dumps(right_to_left_languages()),
    )

