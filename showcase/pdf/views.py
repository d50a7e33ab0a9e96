"""PDF downloads: one fact sheet, or the booklet of all the fact sheets of a theme or a country."""

import hashlib

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from core.pagination import MAX_DATABASE_ID
from showcase.listing import BookletMixin
from showcase.models import FactSheetPage

from . import is_available, render_pdf

PDF_CACHE_SECONDS = 60 * 60


def _visible_page(page_id, kind):
    """The live, public page of this ``kind`` with this id, or 404 (drafts and private pages included)."""
    page = Page.objects.live().public().filter(pk=page_id).first() if page_id <= MAX_DATABASE_ID else None
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
    return page.get_translations().live().public().filter(locale=locale).first()


def _cached_pdf(html, base_url):
    """Render once per distinct HTML: a booklet takes seconds, and delegations download the same ones."""
    key = "showcase-pdf:" + hashlib.sha256(f"{base_url}\n{html}".encode()).hexdigest()
    pdf = cache.get(key)
    if pdf is None:
        pdf = render_pdf(html, base_url=base_url)
        cache.set(key, pdf, PDF_CACHE_SECONDS)
    return pdf


def _pdf_response(request, page, template, context, filename):
    if not is_available():
        message = _("PDF downloads are not available on this server.")
        return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")
    language = page.locale.language_code
    with translation.override(language):
        context = {
            "page": page,
            "language_code": language,
            "language_bidi": translation.get_language_bidi(),
            "generated_on": timezone.localdate(),
            **context,
        }
        html = render_to_string(template, context, request=request)
    pdf = _cached_pdf(html, base_url=request.build_absolute_uri("/"))
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


def _pdf_view(url_name, kind, template, fact_sheets_of):
    """A view answering the PDF of a live, public page of ``kind``, in the visitor's language when translated."""

    @require_safe
    def view(request, page_id):
        page = _visible_page(page_id, kind)
        translated = _translation_for_visitor(page)
        if translated is not None:
            return redirect(reverse(url_name, args=[translated.pk]))
        context = {"fact_sheets": fact_sheets_of(page), "collection": page}
        return _pdf_response(request, page, template, context, filename=f"{page.slug}-{page.locale.language_code}.pdf")

    return view


fact_sheet_pdf = _pdf_view("showcase:fact_sheet_pdf", FactSheetPage, "showcase/pdf/fact_sheet.html", lambda page: [page])
booklet_pdf = _pdf_view("showcase:booklet_pdf", BookletMixin, "showcase/pdf/booklet.html", _booklet_fact_sheets)
