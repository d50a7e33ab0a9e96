"""PDF downloads: one fact sheet, or the booklet of all the fact sheets of a theme or a country."""

import hashlib
import logging

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from core.pagination import MAX_DATABASE_ID
from core.visibility import visible_pages, visible_to_visitors
from showcase.listing import BookletMixin
from showcase.models import FactSheetPage

from . import is_available, pdf_html, single_flight, tasks
from .glyphs import UndrawableText, describe
from .languages import pdf_language_available

LOGGER = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 5
# Languages whose refused PDFs were logged: once per language and process is enough to fix the fonts.
_REFUSALS_LOGGED = set()


def _visible_page(page_id, kind):
    """The live, public page of this ``kind`` with this id, or 404 (drafts and private pages included)."""
    page = visible_pages().filter(pk=page_id).first() if page_id <= MAX_DATABASE_ID else None
    if page is None or not isinstance(page.specific, kind):
        raise Http404(_("No published page has this number."))
    return page.specific


def _translation_for_visitor(page):
    """The live translation of ``page`` in the visitor's language, when it is another page."""
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return None
    if page.locale_id == locale.pk:
        return None
    return visible_to_visitors(page.get_translations()).filter(locale=locale).first()


def pdf_cache_key(html, base_url):
    """One key per distinct HTML: a page's revision, its language and what it lists."""
    return "showcase-pdf:" + hashlib.sha256(f"{base_url}\n{html}".encode()).hexdigest()


def _rendered_now(html, base_url):
    """A fact sheet's PDF, rendered in the request (about a second), once however many visitors ask at the same time.

    A refusal (``UndrawableText``) is kept too, so that an undrawable page is not rendered at every request.
    """
    return single_flight.get_or_render(
        pdf_cache_key(html, base_url), lambda: tasks.render_or_refusal(html, base_url), tasks.PDF_CACHE_SECONDS
    )


def _rendered_by_worker(html, base_url):
    """A booklet's PDF when the worker has rendered it, else None once its render is queued."""
    key = pdf_cache_key(html, base_url)
    pdf = cache.get(key)
    if pdf is None:
        tasks.queue_render(key, html, base_url)
        pdf = cache.get(key)  # rendered already when tasks run at once (tests, TASKS without a worker)
    return pdf


def _being_prepared(request, page):
    """202: the booklet is queued; the visitor reloads in a few seconds (never stored by a cache)."""
    response = TemplateResponse(request, "showcase/pdf/being_prepared.html", {"booklet_of": page}, status=202)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def _unavailable(message):
    """503 with the reason as plain text: the server, not the request, lacks something."""
    return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")


def _log_refusal_once(language, refusal):
    """Say which characters the fonts lack, the first time a PDF of ``language`` is refused in this process."""
    if language not in _REFUSALS_LOGGED:
        _REFUSALS_LOGGED.add(language)
        LOGGER.warning("A PDF in %s was refused: this server's fonts cannot draw %s.", language, describe(refusal.characters))


def _pdf_response(request, page, template, context, filename, rendered):
    language = page.locale.language_code
    if not is_available():
        return _unavailable(_("PDF downloads are not available on this server."))
    cannot_draw = _("This PDF cannot be made in this language on this server: the installed fonts cannot draw all its characters.")
    if not pdf_language_available(language):  # logged once by the check
        return _unavailable(cannot_draw)
    html = pdf_html(template, language, {"page": page, **context}, request=request)
    pdf = rendered(html, request.build_absolute_uri("/"))
    if pdf is None:
        return _being_prepared(request, page)
    if isinstance(pdf, UndrawableText):
        _log_refusal_once(language, pdf)
        return _unavailable(cannot_draw)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    response["Content-Language"] = language
    return response


def _booklet_fact_sheets(page):
    return list(
        page.fact_sheets()
        .filter(locale_id=page.locale_id)
        .select_related("locale")
        .prefetch_related("key_figures", "actors__organisation", "documents__document")
    )


def _pdf_view(url_name, kind, template, fact_sheets_of, rendered):
    """A view answering the PDF of a live, public page of ``kind``, in the visitor's language when translated."""

    @require_safe
    def view(request, page_id):
        page = _visible_page(page_id, kind)
        translated = _translation_for_visitor(page)
        if translated is not None:
            return redirect(reverse(url_name, args=[translated.pk]))
        context = {"fact_sheets": fact_sheets_of(page), "collection": page}
        return _pdf_response(request, page, template, context, filename=f"{page.slug}-{page.locale.language_code}.pdf", rendered=rendered)

    return view


def _fact_sheet_alone(page):
    """The fact sheet as its PDF shows it: links to pages visitors may not see left out (``for_listing``)."""
    return list(FactSheetPage.objects.for_listing().filter(pk=page.pk))


fact_sheet_pdf = _pdf_view(
    "showcase:fact_sheet_pdf", FactSheetPage, "showcase/pdf/fact_sheet.html", _fact_sheet_alone, _rendered_now
)
booklet_pdf = _pdf_view(
    "showcase:booklet_pdf", BookletMixin, "showcase/pdf/booklet.html", _booklet_fact_sheets, _rendered_by_worker
)
