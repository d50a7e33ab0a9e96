"""Bad data, catalogues or environment stop load_demo with a message naming the culprit, and nothing
is built."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from .helpers import count_every_model

pytestmark = pytest.mark.django_db


def replace_line(path, old, new):
    """Replace the first line holding ``old``; return its number (from 1)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(index for index, line in enumerate(lines) if old in line)
    lines[number] = lines[number].replace(old, new)
    path.write_text("".join(lines), encoding="utf-8")
    return number + 1


def load_demo_refuses(match):
    before = count_every_model()
    with pytest.raises(CommandError, match=match):
        call_command("load_demo", stdout=StringIO())
    assert count_every_model() == before


def test_a_bad_site_port(monkeypatch):
    monkeypatch.setenv("DEMO_SITE_PORT", "eighty")
    load_demo_refuses("DEMO_SITE_PORT must be a port number")


def test_a_malformed_data_file(data_dir):
    line = replace_line(data_dir / "themes.toml", 'title = "Énergie"', 'title = "Énergie')
    load_demo_refuses(rf"themes\.toml: not valid TOML: .*line {line}")


def test_a_data_file_missing_a_key(data_dir):
    replace_line(data_dir / "countries.toml", 'iso = "MA"', 'isocode = "MA"')
    load_demo_refuses(r"countries\.toml: \[\[countries\]\] maroc has no iso")


def test_a_fact_sheet_naming_an_unknown_theme(data_dir):
    replace_line(data_dir / "fact_sheets.toml", 'themes = ["energie"', 'themes = ["energy"')
    load_demo_refuses(r"fact_sheets\.toml: \[\[fact_sheets\]\] .* names the theme 'energy'")


def test_a_malformed_catalogue(locale_dir):
    path = locale_dir / "es" / "LC_MESSAGES" / "demo.po"
    line = replace_line(path, 'msgstr "Energía"', 'msgstr "Energía')
    load_demo_refuses(rf"es/LC_MESSAGES/demo\.po: .*line {line}")
