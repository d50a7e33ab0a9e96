#!/usr/bin/env python
"""Media storage benchmark: the local disk against the S3-compatible bucket of MEDIA_STORAGE_URL.

    make object-store    # S3Proxy on 127.0.0.1:8081; prints MEDIA_STORAGE_URL=...
    MEDIA_STORAGE_URL=s3://... .venv/bin/python bench/media_storage.py [--files 100] [--size 200]

For each storage it saves ``--files`` files of ``--size`` KB into ``original_images/`` (as an image upload
does), reads each back through the storage API (as a rendition or Wagtail's document view does), fetches each
by its public URL with a plain anonymous GET (as a visitor or the front proxy does; the bucket only) and
deletes them, printing operations per second and latency percentiles. Loopback only.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vivapolis.settings.test")

import django  # noqa: E402

django.setup()

from django.core.files.base import ContentFile  # noqa: E402
from django.core.files.storage import FileSystemStorage  # noqa: E402
from django.test import override_settings  # noqa: E402

from operations.object_storage import MediaBucketStorage  # noqa: E402
from vivapolis.settings.media_storage import media_bucket  # noqa: E402


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--size", type=int, default=200, help="KB per file")
    return parser.parse_args()


def timed(action, items):
    latencies = []
    for item in items:
        started = time.perf_counter()
        action(item)
        latencies.append(time.perf_counter() - started)
    return latencies


def report(storage_name, operation, latencies):
    ordered = sorted(latencies)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(
        f"{storage_name:<7} {operation:<13} {len(latencies) / sum(latencies):8.0f}/s"
        f"  p50 {statistics.median(latencies) * 1000:6.1f} ms  p95 {p95 * 1000:6.1f} ms"
    )


def read(storage, name):
    with storage.open(name, "rb") as opened:
        opened.read()


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        response.read()


def measure(storage_name, storage, payload, count, public):
    storage.delete(storage.save("original_images/bench-warm-up.jpg", ContentFile(payload)))  # connection set-up
    saved = []

    def save(index):
        saved.append(storage.save(f"original_images/bench-{index}.jpg", ContentFile(payload)))

    report(storage_name, "save", timed(save, range(count)))
    report(storage_name, "read", timed(lambda name: read(storage, name), saved))
    if public:
        report(storage_name, "anonymous GET", timed(lambda name: fetch(storage.url(name)), saved))
    report(storage_name, "delete", timed(storage.delete, saved))


def main():
    args = parse_args()
    payload = os.urandom(args.size * 1024)
    print(f"{args.files} files of {args.size} KB")
    with tempfile.TemporaryDirectory() as folder:
        measure("disk", FileSystemStorage(location=folder), payload, args.files, public=False)
    url = os.environ.get("MEDIA_STORAGE_URL", "")
    if not url:
        print("MEDIA_STORAGE_URL is not set: start S3Proxy with `make object-store` to measure the bucket too.")
        return
    with override_settings(MEDIA_BUCKET=media_bucket(url)):
        measure("bucket", MediaBucketStorage(), payload, args.files, public=True)


if __name__ == "__main__":
    main()
