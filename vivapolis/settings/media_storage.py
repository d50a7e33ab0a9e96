"""Where uploaded media live: the local disk, or an S3-compatible bucket when MEDIA_STORAGE_URL is set.

``MEDIA_STORAGE_URL=s3://ACCESS_KEY:SECRET@127.0.0.1:8081/bucket-name`` (``?secure=true`` for an https
endpoint) stores them through django-storages; ``MEDIA_PUBLIC_URL`` is the prefix visitors fetch images
from (the front proxy's ``/media/`` or, by default, the bucket's own URL). README, "Media storage".
"""

from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from botocore.config import Config
from django.core.exceptions import ImproperlyConfigured

from .environment import url_origin

FORMAT = "s3://ACCESS_KEY:SECRET@HOST:PORT/BUCKET (add ?secure=true for an https endpoint)"
LOCAL_DISK = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
BUCKET_STORAGE = "operations.object_storage.MediaBucketStorage"
# A file read through the storage (a document served by Wagtail's view, a backup) is kept in memory up
# to this size, on disk beyond.
MAX_MEMORY_SIZE = 10 * 1024 * 1024


@dataclass(frozen=True)
class Bucket:
    access_key: str
    secret_key: str
    endpoint_url: str
    name: str


def refuse(setting, reason, expected):
    # The URL is never repeated: it holds a secret.
    raise ImproperlyConfigured(f"{setting} should read {expected}: {reason}.")


def parse_bucket_url(url):
    parts = urlsplit(url)
    if parts.scheme != "s3":
        refuse("MEDIA_STORAGE_URL", f"the scheme is {parts.scheme or 'missing'!r}, not 's3'", FORMAT)
    if not (parts.username and parts.password):
        refuse("MEDIA_STORAGE_URL", "the access key and the secret are missing", FORMAT)
    try:
        port = parts.port
    except ValueError:
        refuse("MEDIA_STORAGE_URL", "the port is not a number", FORMAT)
    name = parts.path.strip("/")
    if not parts.hostname or not name or "/" in name:
        refuse("MEDIA_STORAGE_URL", "it needs a host and one bucket name", FORMAT)
    options = parse_qs(parts.query)
    unknown = set(options) - {"secure"}
    if unknown:
        refuse("MEDIA_STORAGE_URL", f"unknown option {', '.join(sorted(unknown))}", FORMAT)
    secure = options.get("secure", ["false"])[-1].lower()
    if secure not in {"true", "false"}:
        refuse("MEDIA_STORAGE_URL", "secure is true or false", FORMAT)
    protocol = "https" if secure == "true" else "http"
    endpoint = f"{protocol}://{parts.hostname}" + (f":{port}" if port else "")
    return Bucket(unquote(parts.username), unquote(parts.password), endpoint, name)


def public_url(bucket, public):
    """``MEDIA_PUBLIC_URL`` with its trailing slash, or the bucket's own URL."""
    if not public:
        return f"{bucket.endpoint_url}/{bucket.name}/"
    parts = urlsplit(public)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        refuse("MEDIA_PUBLIC_URL", "it is an http or https address", "http(s)://HOST[:PORT]/PATH/")
    return public.rstrip("/") + "/"


def media_bucket(storage_url, public=""):
    """The options of django-storages' S3Storage for these two settings (the ``MEDIA_BUCKET`` setting), or None."""
    if not storage_url:
        return None
    bucket = parse_bucket_url(storage_url)
    visible = urlsplit(public_url(bucket, public))
    return {
        "access_key": bucket.access_key,
        "secret_key": bucket.secret_key,
        "endpoint_url": bucket.endpoint_url,
        "bucket_name": bucket.name,
        "region_name": "us-east-1",
        # The bucket is private: objects are private unless the storage marks them public (images).
        "default_acl": None,
        # Images are public objects with plain URLs (cacheable by the front proxy); documents are never
        # fetched by URL but through Wagtail's view, which reads them with the storage's credentials.
        "querystring_auth": False,
        "url_protocol": f"{visible.scheme}:",
        "custom_domain": visible.netloc + visible.path.rstrip("/"),
        # Two uploads named photo.jpg must not overwrite each other (django-storages' default does).
        "file_overwrite": False,
        "max_memory_size": MAX_MEMORY_SIZE,
        "client_config": Config(
            s3={"addressing_style": "path"},
            # boto3 >= 1.36 otherwise sends checksum headers that S3Proxy (and other S3 servers) refuse.
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            connect_timeout=2,
            read_timeout=20,
            retries={"max_attempts": 3, "mode": "standard"},
        ),
    }


def media_storage(bucket_options):
    """The ``STORAGES["default"]`` entry. The bucket's storage reads ``MEDIA_BUCKET`` itself, so that it has no
    arguments: Wagtail queues its deconstruction in the deletion tasks, which must hold neither objects nor secrets."""
    return {"BACKEND": BUCKET_STORAGE} if bucket_options else LOCAL_DISK


def media_origins(storage_url, public=""):
    """The origin images are fetched from, for the Content-Security-Policy (none on the local disk)."""
    if not storage_url:
        return []
    return [url_origin(public_url(parse_bucket_url(storage_url), public))]
