"""`manage.py demo_messages` keeps the demo catalogues in step with demo/data, as msgmerge does."""

from io import StringIO

import polib
import pytest
from django.core.management import CommandError, call_command

from demo.content import load_content
from demo.management.commands import demo_messages
from demo.messages import merge
from demo.texts import Message


def message(text, occurrence="themes.toml:energie", field="summary"):
    return Message(text, [occurrence], [field])


@pytest.fixture
def old_catalogue():
    po = polib.POFile()
    po.metadata = {"Language": "en", "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgid="Bonjour", msgstr="Hello"))
    po.append(polib.POEntry(msgid="Le chat mange la souris grise.", msgstr="The cat eats the grey mouse."))
    po.append(polib.POEntry(msgid="Texte supprimé sans rapport", msgstr="Deleted text"))
    po.append(polib.POEntry(msgid="Revenu", msgstr="Back again", obsolete=True))
    return po


def test_merge_keeps_offers_adds_and_retires_like_msgmerge(old_catalogue):
    texts = ["Bonjour", "Le chat mange la souris blanche.", "Nouveau", "Revenu"]

    merged = merge(old_catalogue, {text: message(text) for text in texts})

    entries = {entry.msgid: entry for entry in merged}
    assert merged.metadata["Language"] == "en"
    assert [entry.msgid for entry in merged if not entry.obsolete] == texts
    assert entries["Bonjour"].msgstr == "Hello" and not entries["Bonjour"].flags
    changed = entries["Le chat mange la souris blanche."]
    assert (changed.msgstr, changed.flags) == ("The cat eats the grey mouse.", ["fuzzy"])
    assert changed.previous_msgid == "Le chat mange la souris grise."
    assert (entries["Nouveau"].msgstr, entries["Nouveau"].flags) == ("", [])
    assert entries["Revenu"].msgstr == "Back again" and not entries["Revenu"].obsolete
    assert entries["Texte supprimé sans rapport"].obsolete
    assert "Le chat mange la souris grise." not in entries  # offered as fuzzy, not kept twice
    assert entries["Bonjour"].occurrences == [("themes.toml:energie", "")]
    assert entries["Bonjour"].comment == "summary"


def test_the_command_offers_a_changed_text_as_fuzzy(locale_dir, monkeypatch):
    def changed_content():
        content = load_content()
        content.themes[0]["title"] = "Développement des territoires"
        return content

    monkeypatch.setattr(demo_messages, "load_content", changed_content)
    with pytest.raises(CommandError, match="Not up to date"):
        call_command("demo_messages", "--check", stdout=StringIO())
    call_command("demo_messages", stdout=StringIO())

    spanish = polib.pofile(str(locale_dir / "es" / "LC_MESSAGES" / "demo.po"))
    offer = spanish.find("Développement des territoires")
    assert "fuzzy" in offer.flags and offer.previous_msgid == "Développement territorial"
    assert offer.msgstr == "Desarrollo territorial"
    call_command("demo_messages", "--check", stdout=StringIO())
