from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from operations.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back the database and the uploaded media up into one archive (restore it with `manage.py restore FILE`)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="the archive to write (default: BACKUP_DIR/vivapolis-<date>.tar.gz)")

    def handle(self, *args, **options):
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
        archive = Path(options["output"] or Path(settings.BACKUP_DIR) / f"vivapolis-{stamp}.tar.gz")
        try:
            manifest = create_backup(archive, default_storage)
        except BackupError as error:
            raise CommandError(str(error)) from error
        media = f"with {manifest['media_files']} media files" if manifest["media"] else "no media files yet"
        self.stdout.write(f"Backed up the {manifest['database']} database ({media}) to {archive}")
