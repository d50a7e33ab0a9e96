"""The demo catalogues: ``demo/catalogues/<language>/LC_MESSAGES/demo.po``, keyed by the French text.

A catalogue gives the translation of each French text of ``demo/data`` (msgid) into its language
(msgstr). An entry that is empty, fuzzy or obsolete gives none: the text stays in French. An entry
with a ``msgctxt`` naming an object (``themes.toml:energie``) applies to that object only.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management import CommandError
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

from translation_workflow.po_import import InvalidPOFile, check_po_syntax

LOCALE_DIR = Path(__file__).resolve().parent / "catalogues"  # not "locale": makemessages would write there
WRAP_WIDTH = 100


def catalogue_path(language_code):
    return LOCALE_DIR / translation.to_locale(language_code) / "LC_MESSAGES" / "demo.po"


def target_languages():
    """The content languages of the site besides the source language, in the settings' order."""
    source = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != source]


def read_catalogue(path):
    """The catalogue at ``path`` parsed with polib; ``CommandError`` naming the file and line if malformed."""
    try:
        with translation.override("en"):  # the messages of po_import are for the editor's language
            check_po_syntax(Path(path).read_text(encoding="utf-8"))
        po = polib.pofile(str(path), encoding="utf-8", wrapwidth=WRAP_WIDTH)
    except (InvalidPOFile, OSError, ValueError) as error:  # UnicodeDecodeError is a ValueError
        raise CommandError(f"{path}: {error}")
    if "utf-8" not in po.metadata.get("Content-Type", "").lower():
        raise CommandError(f"{path}: the header must declare Content-Type: text/plain; charset=UTF-8.")
    return po


class DemoCatalogue:
    def __init__(self, po):
        self.translations = {
            (entry.msgctxt, entry.msgid): entry.msgstr
            for entry in po
            if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
        }

    def translation_of(self, msgid, context=None):
        """The translation of the French text ``msgid`` in the object ``context``, or None."""
        return self.translations.get((context, msgid)) or self.translations.get((None, msgid))


def load_catalogues(languages):
    """``{language: DemoCatalogue}`` for each of ``languages`` that has a demo catalogue."""
    paths = {code: catalogue_path(code) for code in languages}
    return {code: DemoCatalogue(read_catalogue(path)) for code, path in paths.items() if path.exists()}
