"""Compile gettext catalogs (.po) into the .mo files Django reads, with polib: no system gettext needed.

Usage: python scripts/compile_catalogs.py locale/fr/LC_MESSAGES/django.po [...]
A catalog that does not parse stops the build with its name and polib's message.
"""

import sys
from pathlib import Path

import polib


def compile_catalog(po_path):
    try:
        catalog = polib.pofile(str(po_path), check_for_duplicates=True)
    except (OSError, ValueError) as error:
        raise SystemExit(f"{po_path}: {error}")
    catalog.save_as_mofile(str(Path(po_path).with_suffix(".mo")))


if __name__ == "__main__":
    for path in sys.argv[1:]:
        compile_catalog(path)
