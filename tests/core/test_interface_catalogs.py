"""The interface catalogs in locale/ match the code and are fully translated in every language.

The catalogs are regenerated with makemessages in a temporary copy of the sources (the real
locale/ is never touched) and compared message by message with the committed ones.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# The same directories `make messages` leaves out, plus generated ones.
IGNORED_DIRECTORIES = {".venv", "tmp", "node_modules", "bench", "media", "staticfiles", ".git", "__pycache__", ".pytest_cache", "locale"}
SOURCE_SUFFIXES = {".py", ".html", ".txt"}
CATALOG_LANGUAGES = [translation.to_locale(code) for code, _name in settings.LANGUAGES]


def catalog_path(root, language):
    return root / "locale" / language / "LC_MESSAGES" / "django.po"


def message_ids(po):
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in po if not entry.obsolete and entry.msgid}


def _ignore(directory, names):
    ignored = set()
    for name in names:
        path = Path(directory) / name
        if path.is_dir():
            if name in IGNORED_DIRECTORIES:
                ignored.add(name)
        elif path.suffix not in SOURCE_SUFFIXES:
            ignored.add(name)
    return ignored


@pytest.fixture(scope="module")
def regenerated_root(tmp_path_factory):
    """A copy of the sources and catalogs, with makemessages run on it as `make messages` would."""
    root = tmp_path_factory.mktemp("catalogs") / "project"
    shutil.copytree(PROJECT_ROOT, root, ignore=_ignore)
    if (PROJECT_ROOT / "locale").is_dir():
        shutil.copytree(PROJECT_ROOT / "locale", root / "locale", ignore=shutil.ignore_patterns("*.mo"))
    (root / "static").mkdir(exist_ok=True)
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--ignore=tmp", "--ignore=node_modules", "--ignore=bench"]
    command += [f"--locale={language}" for language in CATALOG_LANGUAGES]
    result = subprocess.run(
        command,
        cwd=root,
        env={"PATH": "/usr/bin:/bin:/usr/local/bin", "DJANGO_SETTINGS_MODULE": "vivapolis.settings.test", "HOME": str(root)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return root


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_catalog_is_up_to_date_with_the_code(regenerated_root, language):
    committed_path = catalog_path(PROJECT_ROOT, language)
    assert committed_path.exists(), f"{committed_path} is missing: run `make messages` and translate it"

    committed = message_ids(polib.pofile(str(committed_path)))
    current = message_ids(polib.pofile(str(catalog_path(regenerated_root, language))))

    missing = sorted(msgid for _context, msgid, _plural in current - committed)
    stale = sorted(msgid for _context, msgid, _plural in committed - current)
    assert not missing and not stale, (
        f"locale/{language} is stale: run `make messages`, then translate.\n"
        f"Not in the catalog yet: {missing[:20]}\nNo longer in the code: {stale[:20]}"
    )


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_every_message_is_translated(language):
    po = polib.pofile(str(catalog_path(PROJECT_ROOT, language)))
    entries = [entry for entry in po if not entry.obsolete and entry.msgid]
    assert entries, f"locale/{language} has no message"

    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    untranslated = [
        entry.msgid
        for entry in entries
        if (entry.msgid_plural and not all(entry.msgstr_plural.values())) or (not entry.msgid_plural and not entry.msgstr)
    ]
    assert not fuzzy, f"locale/{language}: fuzzy translations to review: {fuzzy[:20]}"
    assert not untranslated, f"locale/{language}: {len(untranslated)} untranslated messages, e.g. {untranslated[:20]}"


@pytest.mark.parametrize("language", CATALOG_LANGUAGES)
def test_catalog_compiles_and_keeps_placeholders(language):
    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(catalog_path(PROJECT_ROOT, language))],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
