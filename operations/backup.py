"""One archive (tar.gz) holding the database and the uploaded media, and its way back.

SQLite is copied with its online backup API (a consistent copy while the site runs); PostgreSQL with
``pg_dump`` in its custom format, read back by ``pg_restore``. The archive says which one it holds.
The media are read and written through the storage API, so a bucket (MEDIA_STORAGE_URL) is backed up
like the local disk, and an archive restores onto either.
"""

import json
import os
import posixpath
import sqlite3
import subprocess
import tarfile
import tempfile
from contextlib import contextmanager
from pathlib import Path

from botocore.exceptions import BotoCoreError, ClientError

from django.core.files import File
from django.db import connections
from django.utils import timezone

MANIFEST = "backup.json"
MEDIA = "media"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    pass


def database_file_name(vendor):
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups cover SQLite and PostgreSQL, not {vendor}.")
    return DATABASE_FILES[vendor]


def postgres_environment(settings_dict):
    """libpq's variables for the connection's database, so that no password appears on a command line."""
    variables = {"PGHOST": "HOST", "PGPORT": "PORT", "PGUSER": "USER", "PGPASSWORD": "PASSWORD", "PGDATABASE": "NAME"}
    values = {variable: str(settings_dict.get(key) or "") for variable, key in variables.items()}
    return {**os.environ, **{variable: value for variable, value in values.items() if value}}


def run_tool(command, settings_dict):
    result = subprocess.run(command, env=postgres_environment(settings_dict), capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump_database(connection, target):
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(target)
        with copy:
            connection.connection.backup(copy)
        copy.close()
    else:
        run_tool(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"], connection.settings_dict)


def load_database(connection, source):
    connections.close_all()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(source)
        target = sqlite3.connect(connection.settings_dict["NAME"])
        with target:
            copy.backup(target)
        target.close()
        copy.close()
    else:
        command = ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction"]
        run_tool([*command, f"--dbname={connection.settings_dict['NAME']}", str(source)], connection.settings_dict)


def create_backup(archive_path, storage, using="default"):
    """Write the database and every file of the media ``storage`` into ``archive_path``; returns the manifest."""
    connection = connections[using]
    manifest = {"database": connection.vendor, "created_at": timezone.now().isoformat()}
    with tempfile.TemporaryDirectory() as work:
        database_copy = Path(work) / database_file_name(connection.vendor)
        dump_database(connection, database_copy)
        Path(archive_path).parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive_path, "w:gz") as archive:
            archive.add(database_copy, arcname=database_copy.name)
            with media_storage_errors("read"):
                manifest["media_files"] = archive_media(archive, storage)
            manifest["media"] = manifest["media_files"] > 0
            (Path(work) / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
            archive.add(Path(work) / MANIFEST, arcname=MANIFEST)
    return manifest


@contextmanager
def media_storage_errors(action):
    """A media storage that fails (disk, or a bucket that does not answer) ends the command with its reason."""
    try:
        yield
    except (OSError, BotoCoreError, ClientError) as error:
        raise BackupError(f"Cannot {action} the media storage: {error}") from error


def media_names(storage, folder=""):
    """Every file of ``storage`` under ``folder``, through the storage API (local disk or bucket)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # no media uploaded yet
        return
    for name in sorted(files):
        yield posixpath.join(folder, name)
    for name in sorted(folders):
        yield from media_names(storage, posixpath.join(folder, name))


def archive_media(archive, storage):
    """Add each media file under ``media/``; returns how many."""
    count = 0
    for name in media_names(storage):
        entry = tarfile.TarInfo(f"{MEDIA}/{name}")
        entry.size = storage.size(name)
        entry.mtime = int(timezone.now().timestamp())
        with storage.open(name, "rb") as source:
            archive.addfile(entry, source)
        count += 1
    return count


def read_manifest(folder):
    try:
        return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(f"This is not a Vivapolis backup ({MANIFEST} is missing or unreadable).") from error


def restore_backup(archive_path, storage, using="default"):
    """Replace the database with the archive's and put its media files into ``storage``; returns the manifest."""
    connection = connections[using]
    with tempfile.TemporaryDirectory() as work:
        try:
            with tarfile.open(archive_path, "r:*") as archive:
                archive.extractall(work, filter="data")
        except (OSError, tarfile.TarError) as error:
            raise BackupError(f"Cannot read the archive {archive_path}: {error}") from error
        manifest = read_manifest(work)
        if manifest.get("database") != connection.vendor:
            raise BackupError(
                f"The archive holds a {manifest.get('database')} database and this site runs on {connection.vendor}: "
                "restore it on the same kind of database."
            )
        load_database(connection, Path(work) / database_file_name(connection.vendor))
        if manifest.get("media"):
            with media_storage_errors("write"):
                restore_media(Path(work) / MEDIA, storage)
    return manifest


def restore_media(folder, storage):
    """Put every file of ``folder`` into ``storage`` under the same name, replacing a file of that name."""
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(folder).as_posix()
        if storage.exists(name):
            storage.delete(name)
        with path.open("rb") as content:
            saved = storage.save(name, File(content, name=name))
        if saved != name:
            raise BackupError(f"The media storage saved {name} as {saved}: restore into an empty storage.")
