"""Shared helpers for the PDF tests: skip without WeasyPrint's system libraries (fail under CI)."""

import io
import os

import pytest

from showcase import pdf


def require_weasyprint():
    pdf.weasyprint_error.cache_clear()
    error = pdf.weasyprint_error()
    if not error:
        return
    message = f"WeasyPrint's system libraries are missing ({error}); install them with `sudo make system-deps`"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def read_pdf(response):
    from pypdf import PdfReader

    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    return PdfReader(io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content))


def page_texts(reader):
    return [page.extract_text() or "" for page in reader.pages]


def pdf_language(reader):
    return str(reader.trailer["/Root"].get("/Lang", ""))


def embedded_fonts(reader):
    return {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
