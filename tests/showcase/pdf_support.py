"""Shared helpers for the PDF tests: skip without WeasyPrint's system libraries or the PDF fonts (fail under CI)."""

import io
import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from showcase import pdf

FONT_DIRECTORIES = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts")
# The fonts the PDF stylesheet names, the files Debian installs them as, and their packages.
PDF_FONT_FILES = {
    "Noto Sans": ("NotoSans-Regular.ttf", "fonts-noto-core"),
    "Noto Sans Arabic": ("NotoSansArabic-Regular.ttf", "fonts-noto-core"),
    "Noto Sans CJK SC": ("NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
}
# The font families a PDF of each language embeds: its script's Noto family first, Noto Sans for
# the Latin letters and digits every PDF prints (site name, addresses, figures).
EXPECTED_FONT_FAMILIES = {
    "fr": ("Noto-Sans",),
    "en": ("Noto-Sans",),
    "es": ("Noto-Sans",),
    "pt": ("Noto-Sans",),
    "ar": ("Noto-Sans-Arabic", "Noto-Sans"),
    "zh-hans": ("Noto-Sans-CJK-SC", "Noto-Sans"),
}
NOTDEF_WARNING = re.compile(r"^\.notdef glyph rendered for Unicode string unsupported by fonts: .* \(U\+([0-9A-F]+)\)$", re.DOTALL)


def skip_or_fail(message):
    """Skip with ``message``; under CI a missing dependency is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def require_weasyprint():
    pdf.weasyprint_error.cache_clear()
    error = pdf.weasyprint_error()
    if error:
        skip_or_fail(f"WeasyPrint's system libraries are missing ({error}); `make test` installs them (as root or with sudo)")


def require_pdf_fonts():
    """WeasyPrint and every font the PDF stylesheet names, as installed by scripts/install-system-deps.sh."""
    require_weasyprint()
    missing = [
        f"{family} ({package})"
        for family, (file_name, package) in PDF_FONT_FILES.items()
        if not any(next(directory.rglob(file_name), None) for directory in FONT_DIRECTORIES if directory.is_dir())
    ]
    if missing:
        skip_or_fail(f"PDF fonts are missing: {', '.join(missing)}; `make test` installs them (as root or with sudo)")


def read_pdf(response):
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


def font_families(reader):
    """The families of the embedded fonts: ``/ABCDEF+Noto-Sans-CJK-SC-Bold`` is ``Noto-Sans-CJK-SC``."""
    return {re.sub(r"-(Bold|Italic|Oblique)+$", "", name.lstrip("/").split("+")[-1]) for name in embedded_fonts(reader)}


def assert_drawn_in_the_language_fonts(reader, language):
    """The PDF embeds its language's Noto family, and no font outside the ones named for it."""
    expected = EXPECTED_FONT_FAMILIES[language]
    families = font_families(reader)
    assert expected[0] in families, f"{language} PDF should embed {expected[0]}, it embeds {sorted(families)}"
    assert families <= set(expected), f"{language} PDF embeds fonts outside {expected}: {sorted(families)}"


def notdef_characters(caplog):
    """The characters WeasyPrint warned it drew as an empty box (.notdef), read from its own log records."""
    found = (NOTDEF_WARNING.match(record.getMessage()) for record in caplog.records if record.name.startswith("weasyprint"))
    return sorted({chr(int(match.group(1), 16)) for match in found if match})
