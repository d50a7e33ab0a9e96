"""Checked import of PO files into a wagtail-localize translation, and their download with suggestions.

wagtail-localize's own upload view answers a file without the translation header with a server
error, and imports whatever it can from a file made for an older version of the page. Here every
bad file gets a message that says what is wrong, and nothing changes unless the whole file fits
the translation. ``import_po`` is that checked import, shared by the upload view and the demo
loader (``demo/localize.py``).

The download (``download_po_file``) fills in texts translated the same way elsewhere and offers the
translation memory's suggestions (memory.py) as fuzzy entries, with the text they translated as
``#| msgid``: the translator checks one, removes its ``fuzzy`` flag, and the upload takes it.
"""

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translation_workflow.memory import fill_identical_texts, suggestions_by_place

MAX_PO_FILE_SIZE = 5 * 1024 * 1024
TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"
# polib silently cuts an unterminated string ("msgstr "Energía): check every line first.
PO_LINE = re.compile(r'^(?:#~\s*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"\s*$')


class InvalidPOFile(Exception):
    pass


def check_po_syntax(text):
    """Raise ``InvalidPOFile`` naming the first line of ``text`` that is not PO syntax."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not (stripped.startswith("#") and not stripped.startswith("#~")) and not PO_LINE.match(stripped):
            raise InvalidPOFile(
                _("This is not a valid PO file: line %(number)d is not a quoted string (“%(line)s”).")
                % {"number": number, "line": stripped[:60]}
            )


def parse_po_file(uploaded_file):
    """Parse an uploaded file with polib, or raise ``InvalidPOFile`` with a message for the editor."""
    if uploaded_file is None:
        raise InvalidPOFile(_("Choose a PO file to upload."))
    if uploaded_file.size > MAX_PO_FILE_SIZE:
        raise InvalidPOFile(_("This file is too large to be the PO file of one page."))
    content = uploaded_file.read()
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidPOFile(_("This is not a PO file: it is not UTF-8 text."))
    check_po_syntax(text)
    # polib takes either a path or the text itself; a path is safer, since an uploaded text
    # that happens to be a file name would otherwise be read from the server's disk.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        handle.write(content)
    try:
        return polib.pofile(handle.name, encoding="utf-8")
    except (OSError, ValueError, UnicodeDecodeError) as error:
        raise InvalidPOFile(_("This is not a valid PO file: %(error)s.") % {"error": error})
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def check_po_file_fits(po, translation):
    """Raise ``InvalidPOFile`` unless ``po`` was exported from ``translation`` and matches its source."""
    file_translation_id = po.metadata.get(TRANSLATION_ID_HEADER)
    if not file_translation_id:
        raise InvalidPOFile(
            _(
                "This file does not say which translation it belongs to. "
                "Download the PO file of this translation, fill it in and upload that file."
            )
        )
    if file_translation_id != str(translation.uuid):
        other = Translation.objects.filter(uuid=file_translation_id).select_related("target_locale", "source").first()
        if other is None:
            raise InvalidPOFile(_("This PO file was made for another translation, not for this one."))
        raise InvalidPOFile(
            _("This PO file belongs to the translation of “%(page)s” into %(language)s, not to this one.")
            % {"page": other.source.object_repr, "language": other.target_locale.get_display_name()}
        )

    current = set(
        StringSegment.objects.filter(source=translation.source).values_list("string__data", "context__path")
    )
    unknown = [entry for entry in po if not entry.obsolete and (entry.msgid, entry.msgctxt) not in current]
    if unknown:
        raise InvalidPOFile(
            ngettext(
                "%(count)d text in this file is not in the current version of the page "
                "(“%(example)s”). The page may have changed since the file was downloaded: "
                "download it again and copy your translations into the new file.",
                "%(count)d texts in this file are not in the current version of the page "
                "(for example “%(example)s”). The page may have changed since the file was "
                "downloaded: download it again and copy your translations into the new file.",
                len(unknown),
            )
            % {"count": len(unknown), "example": unknown[0].msgid[:80]}
        )


@dataclass(frozen=True)
class ImportResult:
    translated: int  # texts of the file that have a translation
    fuzzy_left_out: int  # translations marked fuzzy (unsure), not imported


def import_po(translation, po, user=None):
    """Import ``po`` into ``translation`` if the whole file fits it; ``InvalidPOFile`` otherwise.

    The one checked path for PO files: the upload view and the demo loader both go through it.
    Like gettext itself, translations the translator marked as unsure (fuzzy) are left out.
    """
    check_po_file_fits(po, translation)
    fuzzy = [entry for entry in po if "fuzzy" in entry.flags and entry.msgstr]
    for entry in fuzzy:
        entry.msgstr = ""
    with transaction.atomic():
        translation.import_po(po, user=user, tool_name="PO File")
    translated = sum(1 for entry in po if not entry.obsolete and entry.msgstr)
    return ImportResult(translated=translated, fuzzy_left_out=len(fuzzy))


@require_POST
def upload_po_file(request, translation_id):
    """Replaces wagtail-localize's ``upload_pofile`` view at the same address."""
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied

    try:
        result = import_po(translation, parse_po_file(request.FILES.get("file")), request.user)
    except InvalidPOFile as error:
        messages.error(request, _("Nothing was imported. %(reason)s") % {"reason": error})
    else:
        messages.success(
            request,
            ngettext(
                "Imported %(count)d translated text from the PO file.",
                "Imported %(count)d translated texts from the PO file.",
                result.translated,
            )
            % {"count": result.translated},
        )
        if result.fuzzy_left_out:
            messages.warning(
                request,
                ngettext(
                    "%(count)d translation marked as fuzzy (unsure) was left out: confirm it and upload the file again.",
                    "%(count)d translations marked as fuzzy (unsure) were left out: confirm them and upload the file again.",
                    result.fuzzy_left_out,
                )
                % {"count": result.fuzzy_left_out},
            )
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def with_suggestions(po, translation):
    """``po`` with the translation memory's best suggestion in each untranslated entry, marked fuzzy."""
    suggestions = suggestions_by_place(translation)
    for entry in po:
        text = suggestions.get((entry.msgid, entry.msgctxt))
        if entry.obsolete or entry.msgstr or text is None:
            continue
        best = text.best
        entry.msgstr = best.translation
        entry.flags.append("fuzzy")
        entry.previous_msgid = best.source
        entry.comment = (
            _("Translation memory: the translation of the previous version of this text (%(similarity)d%% similar).")
            if best.previous_version
            else _("Translation memory: the translation of a similar text (%(similarity)d%% similar).")
        ) % {"similarity": round(100 * best.similarity)}
    return po


def download_po_file(request, translation_id):
    """Replaces wagtail-localize's ``download_pofile`` view at the same address: the same file, with suggestions."""
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    fill_identical_texts(translation)
    response = HttpResponse(str(with_suggestions(translation.export_po(), translation)), content_type="text/x-gettext-translation")
    filename = f"{slugify(translation.source.object_repr)}-{translation.target_locale.language_code}.po"
    response["Content-Disposition"] = f"attachment; filename={filename}"
    return response
