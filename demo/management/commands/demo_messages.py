"""``manage.py demo_messages``: update the demo catalogues from the French texts of demo/data.

New French texts get an empty entry, changed ones a fuzzy offer of the former translation, and
translations no text needs any more become obsolete, as with msgmerge. ``--check`` changes
nothing and fails if a catalogue is not up to date (for CI).
"""

from django.core.management import CommandError
from django.core.management.base import BaseCommand

from demo.catalogues import catalogue_path, read_catalogue, target_languages
from demo.content import load_content
from demo.messages import merge, new_catalogue
from demo.texts import messages_by_language


class Command(BaseCommand):
    help = "Update demo/catalogues/<language>/LC_MESSAGES/demo.po from the French texts of demo/data."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Write nothing; fail if a catalogue is not up to date.")

    def handle(self, *args, check=False, **options):
        languages = target_languages()
        messages = messages_by_language(load_content(), languages)
        stale = []
        for code in languages:
            path = catalogue_path(code)
            old = read_catalogue(path) if path.exists() else new_catalogue(code)
            merged = merge(old, messages[code])
            if path.exists() and path.read_text(encoding="utf-8") == str(merged):
                continue
            stale.append(str(path))
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                merged.save(str(path))
            self.stdout.write(f"{path}: {summary(merged)}")
        if check and stale:
            raise CommandError(f"Not up to date with demo/data: {', '.join(stale)}. Run `make demo-messages`.")
        if not stale:
            self.stdout.write("The demo catalogues are up to date.")


def summary(po):
    entries = [entry for entry in po if not entry.obsolete]
    fuzzy = sum(1 for entry in entries if "fuzzy" in entry.flags)
    empty = sum(1 for entry in entries if not entry.msgstr)
    obsolete = len(po) - len(entries)
    return f"{len(entries)} texts, {empty} to translate, {fuzzy} fuzzy to review, {obsolete} obsolete"
