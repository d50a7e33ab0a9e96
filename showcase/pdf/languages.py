"""Whether this server's fonts can draw a language, checked once per process on a sample of it.

The sample is every character of the language's interface catalogue, its own name and the Latin
letters and digits every PDF prints (the site's name, addresses, figures), rendered with the
PDF stylesheet, so with the fonts it names for that language.
"""

import functools
import logging
import string
from pathlib import Path

import polib
from django.conf import settings
from django.utils import translation

from . import is_available, pdf_html, render_pdf
from .glyphs import UndrawableText, describe

LOGGER = logging.getLogger(__name__)
PRINTED_IN_EVERY_LANGUAGE = string.ascii_letters + string.digits + string.punctuation


def pdf_language_available(language_code):
    """True when this server can make PDFs in ``language_code``: WeasyPrint loads and its fonts draw the language."""
    return is_available() and not undrawable_characters(language_code)


@functools.cache
def undrawable_characters(language_code):
    """The characters of the language's sample that no font draws, logged the first (and only) time."""
    html = pdf_html("showcase/pdf/sample.html", language_code, {"sample": language_sample(language_code)})
    try:
        render_pdf(html, base_url=None)
    except UndrawableText as refusal:
        LOGGER.warning(
            "PDF downloads are off in %s: this server's fonts cannot draw %s. "
            "Install the fonts of `bash scripts/install-system-deps.sh site` and restart.",
            language_code, describe(refusal.characters),
        )
        return refusal.characters
    return frozenset()


def language_sample(language_code):
    """Every distinct character the PDFs of this language print for certain, whitespace left out."""
    texts = [dict(settings.LANGUAGES).get(language_code, ""), PRINTED_IN_EVERY_LANGUAGE]
    texts += interface_translations(language_code)
    return "".join(sorted(set("".join(texts)) - set(string.whitespace)))


def interface_translations(language_code):
    """The translated texts (msgstr) of the language's interface catalogue, none when it has none."""
    catalogue = Path(settings.LOCALE_PATHS[0]) / translation.to_locale(language_code) / "LC_MESSAGES" / "django.po"
    if not catalogue.is_file():
        return []
    return [text for entry in polib.pofile(str(catalogue)) for text in (entry.msgstr, *entry.msgstr_plural.values())]
