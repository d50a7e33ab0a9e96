"""Fact sheets as PDF, rendered from HTML by WeasyPrint.

WeasyPrint needs Pango and HarfBuzz from the system. It is imported only when a PDF is asked
for, so that the site runs without them; the PDF actions are then hidden (see
``context_processors.pdf_available``). A PDF whose text the fonts cannot draw is refused
(``glyphs.UndrawableText``), and so is a language whose sample they cannot draw (``languages``).
"""

import functools
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
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


def local_file(url):
    """The file behind a /static/ or /media/ address of this site, or None for anything else."""
    path = unquote(urlsplit(url).path)
    if path.startswith(settings.STATIC_URL):
        try:
            found = finders.find(path.removeprefix(settings.STATIC_URL))
        except SuspiciousFileOperation:
            return None
        if found:
            return Path(found)
        root, relative = settings.STATIC_ROOT, path.removeprefix(settings.STATIC_URL)
    elif path.startswith(settings.MEDIA_URL):
        root, relative = settings.MEDIA_ROOT, path.removeprefix(settings.MEDIA_URL)
    else:
        return None
    root = Path(root).resolve()
    candidate = (root / relative).resolve()
    if root in candidate.parents and candidate.is_file():
        return candidate
    return None


def _local_fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFilesFetcher(URLFetcher):
        """Serve stylesheets and images from disk; never fetch anything over the network.

        Rich text may point at any address: a PDF request must not make the server call it.
        """

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            file = local_file(url)
            if file is None:
                raise ValueError(f"Not a static or media file of this site: {url}")
            mime_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, file.read_bytes(), {"Content-Type": mime_type})

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
