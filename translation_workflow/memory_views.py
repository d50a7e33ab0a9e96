"""The translation memory (memory.py) where translators work.

Opening the translation editor fills in the texts translated the same way elsewhere and, when the
memory has suggestions for other texts, says so with a link to ``SuggestionsView``: each text
waiting for a translation, its previous translation and similar translated texts, each usable in
one click. The PO file offers the same suggestions (po_import.download_po_file).
"""

from django.contrib import messages as django_messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from translation_workflow.completeness import editor_url, enabled_translation_of
from translation_workflow.completeness_views import TranslationAdminViewMixin
from translation_workflow.memory import (
    apply_suggestion,
    as_text,
    fill_identical_texts,
    suggestions_for,
)


def offer_translation_memory(request, page):
    """``before_edit_page``: fill in identical texts, and point to the memory's suggestions.

    Filling in on opening the editor (a GET) is deliberate: whichever way the translation was made
    or synchronised (in a request, by the worker, by ``load_demo``), its translator finds the texts
    already translated elsewhere filled in. Filling is idempotent.
    """
    if request.method != "GET":
        return None
    translation = enabled_translation_of(page)
    if translation is None:
        return None
    fill_identical_texts(translation)
    count = len(suggestions_for(translation))
    if count:
        messages.info(
            request,
            ngettext(
                "The translation memory has suggestions for %(count)d text not translated yet.",
                "The translation memory has suggestions for %(count)d texts not translated yet.",
                count,
            )
            % {"count": count},
            buttons=[messages.button(suggestions_url(translation), _("See the suggestions"))],
        )
    return None


def suggestions_url(translation):
    return reverse("translation_memory_suggestions", args=[translation.pk])


class SuggestionsView(TranslationAdminViewMixin, TemplateView):
    template_name = "translation_workflow/admin/suggestions.html"
    page_title = _("Suggestions from the translation memory")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        self.translation = get_object_or_404(
            Translation.objects.select_related("source", "target_locale"), pk=kwargs["translation_id"], enabled=True
        )
        self.page = get_object_or_404(Page, translation_key=self.translation.source.object_id, locale=self.translation.target_locale)
        if not user_can_edit_instance(request.user, self.page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        fill_identical_texts(self.translation)
        texts = suggestions_for(self.translation)
        context.update(
            {
                "texts": [
                    {
                        "segment_id": text.segment_id,
                        "source": as_text(text.source),
                        "suggestions": [
                            {
                                "data": suggestion.translation,
                                "translation": as_text(suggestion.translation),
                                "source": as_text(suggestion.source),
                                "similarity": round(100 * suggestion.similarity),
                                "previous_version": suggestion.previous_version,
                            }
                            for suggestion in text.suggestions
                        ],
                    }
                    for text in texts
                ],
                "editor_url": editor_url(self.translation),
                "po_download_url": reverse("wagtail_localize:download_pofile", args=[self.translation.pk]),
                "language": self.translation.target_locale.get_display_name(),
                "language_code": self.translation.target_locale.language_code,
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        segment_id, data = request.POST.get("segment", ""), request.POST.get("translation", "")
        if not segment_id.isdigit() or not data or not StringSegment.objects.filter(pk=segment_id, source=self.translation.source).exists():
            django_messages.error(request, _("Choose one of the suggestions below."))
            return redirect(request.path)
        string_translation = apply_suggestion(self.translation, int(segment_id), data, request.user)
        if string_translation.has_error:
            django_messages.error(request, _("This suggestion does not fit the text (its links or formatting differ): translate it in the editor."))
        else:
            text = as_text(string_translation.translation_of.data)[:80]
            django_messages.success(request, _("The suggestion is now the translation of “%(text)s”.") % {"text": text})
        return redirect(request.path)
