"""Fact sheets as PDF, rendered from HTML by WeasyPrint.

WeasyPrint needs Pango and HarfBuzz from the system. It is imported only when a PDF is asked
for, so that the site runs without them; the PDF actions are then hidden (see
``context_processors.pdf_available``). A PDF whose text the fonts cannot draw is refused
(``glyphs.UndrawableText``), and so is a language whose sample they cannot draw (``languages``).
"""

import functools
import mimetypes
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .glyphs import UndrawableText, notdef_characters


@functools.cache
def weasyprint_error():
    """Why WeasyPrint cannot render here, or ``""`` when it can."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:  # OSError: a system library is missing.
        return str(error)
    return ""


def is_available():
    return not weasyprint_error()


def static_file(path):
    """The file behind a /static/ path: from the finders (development), else from STATIC_ROOT."""
    relative = path.removeprefix(settings.STATIC_URL)
    try:
        found = finders.find(relative)
    except SuspiciousFileOperation:
        return None
    if found:
        return Path(found)
    root = Path(settings.STATIC_ROOT).resolve()
    candidate = (root / relative).resolve()
    return candidate if root in candidate.parents and candidate.is_file() else None


def media_name(url):
    """The storage name behind a media address: the disk's ``/media/`` on any host, or a bucket's public URL."""
    public = default_storage.url("")
    address = url.split("?")[0].split("#")[0]
    if urlsplit(public).netloc:
        rest = address.removeprefix(public) if address.startswith(public) else None
    else:
        path = urlsplit(address).path
        rest = path.removeprefix(public) if path.startswith(public) else None
    if not rest:
        return None
    name = unquote(rest)
    return None if ".." in PurePosixPath(name).parts else name


def site_file(url):
    """``(file name, bytes)`` of a static or media file of this site, or None for any other address."""
    path = unquote(urlsplit(url).path)
    if path.startswith(settings.STATIC_URL) and not urlsplit(url).netloc:
        found = static_file(path)
        return (found.name, found.read_bytes()) if found else None
    name = media_name(url)
    if name is None:
        return None
    try:
        with default_storage.open(name, "rb") as stored:
            return PurePosixPath(name).name, stored.read()
    except (OSError, SuspiciousFileOperation):
        return None


def _local_fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFilesFetcher(URLFetcher):
        """Serve stylesheets and images from the site's own files; never fetch anything else over the network.

        Rich text may point at any address: a PDF request must not make the server call it.
        """

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            found = site_file(url)
            if found is None:
                raise ValueError(f"Not a static or media file of this site: {url}")
            name, content = found
            mime_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, content, {"Content-Type": mime_type})

    return LocalFilesFetcher


def pdf_html(template, language_code, context, request=None):
    """The HTML of a PDF document in ``language_code``: its texts, ``lang`` and ``dir`` (hence its fonts)."""
    with translation.override(language_code):
        context = {
            "language_code": language_code,
            "language_bidi": translation.get_language_bidi(),
            "generated_on": timezone.localdate(),
            **context,
        }
        return render_to_string(template, context, request=request)


def render_pdf(html, base_url):
    """The PDF bytes for an HTML document whose relative addresses resolve against ``base_url``.

    Raises ``UndrawableText`` when a character would be drawn as an empty box (``.notdef``).
    """
    import weasyprint

    fetcher = _local_fetcher_class()(allowed_protocols=("data",))
    document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    with notdef_characters() as undrawable:
        # Tagged PDF: screen readers get the headings, lists and reading order (RGAA asks for accessible documents).
        pdf = document.write_pdf(pdf_tags=True, optimize_images=True)
    if undrawable:
        raise UndrawableText(undrawable)
    return pdf
