"""Bring the demo catalogues up to date with the French texts of ``demo/data``, as msgmerge does.

Every French text becomes an msgid: a new one has an empty msgstr, or, when a translated text is
close to it (its former wording, say), that translation marked fuzzy with the close text as
``#| msgid``; a translation no text needs any more is kept as obsolete (``#~``).
"""

import difflib
from pathlib import Path

import polib
from django.conf import settings
from django.utils import timezone, translation

from .catalogues import WRAP_WIDTH

SIMILARITY_CUTOFF = 0.6  # close enough to offer the old translation as a fuzzy one
DEFAULT_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


def new_catalogue(language_code):
    """An empty catalogue whose header is copied, where it can be, from the interface catalogue."""
    locale_name = translation.to_locale(language_code)
    po = polib.POFile(wrapwidth=WRAP_WIDTH)
    po.header = (
        f"Demo content of the Vivapolis showcase in {translation.get_language_info(language_code)['name']}: "
        "the French texts of demo/data/*.toml\nand their translations. Update with `make demo-messages`; see the README."
    )
    po.metadata = {
        "Project-Id-Version": "Vivapolis demo content",
        "PO-Revision-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "Last-Translator": "Vivapolis team",
        "Language-Team": f"Vivapolis {locale_name}",
        "Language": locale_name,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": interface_plural_forms(locale_name),
    }
    return po


def interface_plural_forms(locale_name):
    for directory in settings.LOCALE_PATHS:
        path = Path(directory) / locale_name / "LC_MESSAGES" / "django.po"
        if path.exists():
            return polib.pofile(str(path)).metadata.get("Plural-Forms", DEFAULT_PLURAL_FORMS)
    return DEFAULT_PLURAL_FORMS


def describe(entry, message):
    """Name in ``entry`` where its text is written (``#:``) and which fields it fills (``#.``)."""
    entry.occurrences = [(occurrence, "") for occurrence in message.occurrences]
    entry.comment = ", ".join(message.fields)
    return entry


def closest(msgid, translated):
    """The translated entry whose text is closest to ``msgid``, if close enough."""
    match = difflib.get_close_matches(msgid, list(translated), n=1, cutoff=SIMILARITY_CUTOFF)
    return translated[match[0]] if match else None


def entries_for(message, existing, translated):
    """The text's existing entries (revived if obsolete), else a fuzzy offer, else an empty entry."""
    if existing:
        for entry in existing:
            entry.obsolete = False
        return existing
    previous = closest(message.msgid, translated)
    if previous is None:
        return [polib.POEntry(msgid=message.msgid, msgstr="")]
    return [polib.POEntry(msgid=message.msgid, msgstr=previous.msgstr, flags=["fuzzy"], previous_msgid=previous.msgid)]


def merge(old, messages):
    """A new catalogue with ``old``'s header and translations, and an entry for each of ``messages``.

    ``messages`` maps each French text to its ``texts.Message``, in the order of the data.
    """
    by_msgid = {}
    for entry in old:
        by_msgid.setdefault(entry.msgid, []).append(entry)
    translated = {entry.msgid: entry for entry in old if entry.msgstr and not entry.msgctxt and "fuzzy" not in entry.flags}
    new = polib.POFile(wrapwidth=WRAP_WIDTH)
    new.header, new.metadata = old.header, dict(old.metadata)
    for msgid, message in messages.items():
        for entry in entries_for(message, by_msgid.get(msgid, []), translated):
            new.append(describe(entry, message))
    offered = {entry.previous_msgid for entry in new if "fuzzy" in entry.flags}
    for entry in old:
        if entry.msgid not in messages and entry.msgstr and entry.msgid not in offered:
            entry.obsolete = True
            entry.occurrences, entry.comment = [], ""
            new.append(entry)
    return new
