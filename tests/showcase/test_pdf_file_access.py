"""The PDF renderer reads only the site's own static and uploaded files, from disk, never a URL."""

import pytest

from showcase import pdf


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/logo.png",
        "https://localhost/secret.png",
        "/media/../../etc/passwd",
        "/static/../../etc/passwd",
        "/etc/passwd",
    ],
)
def test_pdf_renderer_reads_nothing_outside_static_and_media(settings, tmp_path, url):
    settings.STATIC_ROOT = tmp_path / "static"
    assert pdf.local_file(url) is None


def test_pdf_renderer_reads_uploaded_media_from_disk(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    picture = tmp_path / "images" / "tram.png"
    picture.write_bytes(b"png")

    assert pdf.local_file("http://testserver/media/images/tram.png") == picture.resolve()
