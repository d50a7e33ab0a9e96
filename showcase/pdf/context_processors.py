from django.conf import settings
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from .languages import pdf_language_available


def pdf_available(request):
    """``pdf_available`` is True when this server can make PDFs in the page's language; templates show the PDF actions then.

    Lazy: only a page that offers a PDF checks its language (once per process, see ``languages``).
    """
    language_code = translation.get_language() or settings.LANGUAGE_CODE
    return {"pdf_available": SimpleLazyObject(lambda: pdf_language_available(language_code))}
