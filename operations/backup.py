"""One archive (tar.gz) holding the database and the uploaded media, and its way back.

SQLite is copied with its online backup API (a consistent copy while the site runs); PostgreSQL with
``pg_dump`` in its custom format, read back by ``pg_restore``. The archive says which one it holds.
"""

import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

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


def create_backup(archive_path, media_root, using="default"):
    """Write the database and ``media_root`` into ``archive_path``; returns the manifest."""
    connection = connections[using]
    manifest = {"database": connection.vendor, "created_at": timezone.now().isoformat(), "media": Path(media_root).is_dir()}
    with tempfile.TemporaryDirectory() as work:
        database_copy = Path(work) / database_file_name(connection.vendor)
        dump_database(connection, database_copy)
        (Path(work) / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        Path(archive_path).parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive_path, "w:gz") as archive:
            archive.add(Path(work) / MANIFEST, arcname=MANIFEST)
            archive.add(database_copy, arcname=database_copy.name)
            if manifest["media"]:
                archive.add(media_root, arcname=MEDIA)
    return manifest


def read_manifest(folder):
    try:
        return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(f"This is not a Vivapolis backup ({MANIFEST} is missing or unreadable).") from error


def restore_backup(archive_path, media_root, using="default"):
    """Replace the database with the archive's and add its media files to ``media_root``; returns the manifest."""
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
            copy_tree(Path(work) / MEDIA, Path(media_root))
    return manifest


def copy_tree(source, target):
    for path in sorted(source.rglob("*")):
        destination = target / path.relative_to(source)
        if path.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
        else:
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_bytes(path.read_bytes())
