"""The PDF renderer reads only the site's own static and uploaded files, through the storage, never a URL."""

import pytest

from showcase import pdf


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/logo.png",
        "https://localhost/secret.png",
        "/media/../../etc/passwd",
        "/media/%2e%2e/%2e%2e/etc/passwd",
        "/static/../../etc/passwd",
        "/etc/passwd",
    ],
)
def test_pdf_renderer_reads_nothing_outside_static_and_media(settings, tmp_path, url):
    settings.STATIC_ROOT = tmp_path / "static"
    assert pdf.site_file(url) is None


def test_pdf_renderer_reads_uploaded_media_from_disk(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "tram.png").write_bytes(b"png")

    assert pdf.site_file("http://testserver/media/images/tram.png") == ("tram.png", b"png")


def test_pdf_renderer_reads_media_of_a_storage_with_its_own_public_address(settings, tmp_path):
    """As with media in a bucket: the storage's public URL, not this site's /media/, is what images point at."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path), "base_url": "http://media.example.org/bucket/"},
        },
    }
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "tram.png").write_bytes(b"png")

    assert pdf.site_file("http://media.example.org/bucket/images/tram.png") == ("tram.png", b"png")
    assert pdf.site_file("http://other.example.org/bucket/images/tram.png") is None
