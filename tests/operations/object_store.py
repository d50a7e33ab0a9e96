"""An S3-compatible object store for the media tests, and the site's media put into a fresh bucket of it.

The store is the one of MEDIA_STORAGE_URL when set (CI starts S3Proxy with ``scripts/s3proxy.sh``); else,
when Java and Maven are there, S3Proxy started by the same script on a free port for the session. Without
either the tests skip saying why, except under CI=true, where a missing store is a failure.
"""

import os
import shutil
import socket
import subprocess
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass

import boto3
import pytest
from botocore.exceptions import BotoCoreError, ClientError

from tests.operations.scripts import PROJECT_ROOT
from vivapolis.settings import media_storage as storage_settings

S3PROXY = PROJECT_ROOT / "scripts" / "s3proxy.sh"


@dataclass(frozen=True)
class ObjectStore:
    url: str  # a MEDIA_STORAGE_URL; its bucket is not used by the tests, each makes its own

    def storage_url(self, bucket_name):
        return self.url.rsplit("/", 1)[0] + f"/{bucket_name}"

    def client(self, bucket_name="unused"):
        options = storage_settings.media_bucket(self.storage_url(bucket_name))
        return boto3.client(
            "s3",
            endpoint_url=options["endpoint_url"],
            aws_access_key_id=options["access_key"],
            aws_secret_access_key=options["secret_key"],
            region_name=options["region_name"],
            config=options["client_config"],
        )


@dataclass(frozen=True)
class Bucket:
    name: str
    client: object
    public_url: str  # what visitors fetch media from (here the bucket's own address)

    def keys(self):
        """The files' keys (S3Proxy's filesystem backend also lists each folder, as a key ending in "/")."""
        listed = self.client.list_objects_v2(Bucket=self.name).get("Contents", [])
        return sorted(item["Key"] for item in listed if not item["Key"].endswith("/"))

    def read(self, key):
        return self.client.get_object(Bucket=self.name, Key=key)["Body"].read()


def unavailable(reason):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


def answers(store):
    try:
        store.client().list_buckets()
    except (BotoCoreError, ClientError):
        return False
    return True


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_s3proxy(command, environment):
    return subprocess.run(
        ["bash", str(S3PROXY), command], env={**os.environ, **environment}, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="session")
def object_store(tmp_path_factory):
    if os.environ.get("MEDIA_STORAGE_URL"):
        store = ObjectStore(os.environ["MEDIA_STORAGE_URL"])
        if not answers(store):
            unavailable(f"the object store of MEDIA_STORAGE_URL ({storage_settings.parse_bucket_url(store.url).endpoint_url}) does not answer")
        yield store
        return
    if not (shutil.which("java") and shutil.which("mvn")):
        unavailable("no object store: set MEDIA_STORAGE_URL (`make object-store`), or install Java 17 and Maven for S3Proxy")
    environment = {"S3PROXY_PORT": str(free_port()), "S3PROXY_DATA_DIR": str(tmp_path_factory.mktemp("s3proxy"))}
    started = run_s3proxy("start", environment)
    try:
        if started.returncode != 0:
            unavailable(f"S3Proxy did not start: {started.stderr.strip()[-500:]}")
        yield ObjectStore(started.stdout.strip().splitlines()[-1].removeprefix("MEDIA_STORAGE_URL="))
    finally:
        run_s3proxy("stop", environment)


@pytest.fixture
def media_bucket(object_store, settings):
    """The site's media in a new, empty bucket of the object store, as MEDIA_STORAGE_URL would put them."""
    name = f"test-media-{uuid.uuid4().hex[:12]}"
    client = object_store.client()
    client.create_bucket(Bucket=name)
    settings.MEDIA_BUCKET = storage_settings.media_bucket(object_store.storage_url(name))
    settings.STORAGES = {**settings.STORAGES, "default": storage_settings.media_storage(settings.MEDIA_BUCKET)}
    yield Bucket(name, client, f"{storage_settings.parse_bucket_url(object_store.url).endpoint_url}/{name}/")
    for key in Bucket(name, client, "").keys():  # a folder goes with its last file
        client.delete_object(Bucket=name, Key=key)
    client.delete_bucket(Bucket=name)


def anonymous_get(url):
    """(status, body) of a plain GET with no credentials, as a visitor's browser sends it."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
