"""The demo catalogues translate every French text of demo/data, with nothing fuzzy, and compile.

Like tests/i18n/test_catalogs.py for the interface: run `make demo-messages` after editing
demo/data, then translate what it added or marked fuzzy.
"""

import shutil
import subprocess

import polib
import pytest
from django.core.management import call_command

from demo.catalogues import catalogue_path, read_catalogue, target_languages
from demo.content import load_content
from demo.texts import messages_by_language

LANGUAGES = target_languages()


@pytest.fixture(scope="module")
def french_texts():
    return messages_by_language(load_content(), LANGUAGES)


def live_entries(language):
    return [entry for entry in read_catalogue(catalogue_path(language)) if not entry.obsolete]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_french_text_has_an_entry(language, french_texts):
    assert catalogue_path(language).exists(), f"{catalogue_path(language)} is missing: run `make demo-messages`"
    msgids = {entry.msgid for entry in live_entries(language)}
    missing = [text for text in french_texts[language] if text not in msgids]
    assert not missing, f"{catalogue_path(language)}: {len(missing)} French texts have no entry: {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language):
    entries = live_entries(language)
    untranslated = [entry.msgid for entry in entries if not entry.msgstr]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert not untranslated, f"{catalogue_path(language)}: {len(untranslated)} untranslated texts: {untranslated[:10]}"
    assert not fuzzy, f"{catalogue_path(language)}: {len(fuzzy)} fuzzy translations to review: {fuzzy[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_a_proper_header(language):
    metadata = read_catalogue(catalogue_path(language)).metadata
    assert metadata["Language"] == catalogue_path(language).parts[-3]
    assert metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert metadata["Plural-Forms"].startswith("nplurals=")


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_compiles(language, tmp_path):
    path = catalogue_path(language)
    polib.pofile(str(path)).save_as_mofile(str(tmp_path / "demo.mo"))
    if shutil.which("msgfmt") is None:
        pytest.skip("msgfmt (gettext) is not installed")
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_catalogues_are_up_to_date_with_the_data():
    """What `make demo-messages` would write is what is committed (entries, comments, obsolete ones)."""
    call_command("demo_messages", "--check")
