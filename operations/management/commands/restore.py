from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Replace the database with a backup's, put its media files back into the media storage, then rebuild the search index."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="an archive written by `manage.py backup`")
        parser.add_argument("--no-input", action="store_false", dest="interactive", help="do not ask for confirmation")

    def handle(self, *args, **options):
        database = connection.settings_dict["NAME"]
        if options["interactive"]:
            answer = input(f"This replaces everything in the database {database} with the backup. Type 'yes' to go on: ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled; nothing was changed.")
        try:
            manifest = restore_backup(options["archive"], default_storage)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the database of {manifest['created_at']} into {database}; rebuilding the search index.")
        call_command("update_index", stdout=self.stdout, stderr=self.stderr)
