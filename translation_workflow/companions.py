"""Submit a page together with its companion pages for translation into several languages at once.

A page type declares ``translation_companions()`` (a theme returns its fact sheets) and the
label of the action in ``translation_companions_label``. Fact sheets live under the fact sheet
index, not under their themes, so wagtail-localize's "include subtree" option cannot send "a
theme with its fact sheets": this admin view does. Every translation it creates is a draft, as
with the standard "Translate this page" action. The translations are made by the background worker
(``wagtail_localize.tasks.background``, set up by the ``background`` app), so the request answers at once.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.tasks import background

SUBMIT_PERMISSION = "wagtail_localize.submit_translation"


def has_companions(page):
    return callable(getattr(page, "translation_companions", None))


def translate_with_companions(page_id, locale_ids, user):
    """Create the missing translations of a page and of its companions; existing ones are left alone."""
    page = Page.objects.get(pk=page_id).specific
    pages = [page, *page.translation_companions()]
    for locale in Locale.objects.filter(pk__in=locale_ids):
        creator = TranslationCreator(user, [locale])
        for item in pages:
            if not item.has_translation(locale):
                with transaction.atomic():  # one commit per page: a page is translated whole or not at all
                    creator.create_translations(item)


class LocalesForm(forms.Form):
    locales = forms.ModelMultipleChoiceField(
        label=_("Languages"), queryset=Locale.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, source_locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locales"].queryset = Locale.objects.exclude(pk=source_locale.pk).order_by("language_code")


class TranslateWithCompanionsView(WagtailAdminTemplateMixin, FormView):
    template_name = "translation_workflow/admin/translate_with_companions.html"
    form_class = LocalesForm
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(SUBMIT_PERMISSION):
            raise PermissionDenied
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not has_companions(self.page):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.page.translation_companions_label

    def get_page_subtitle(self):
        return self.page.title

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "source_locale": self.page.locale}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["source_page"] = self.page
        context["companions"] = self.page.translation_companions()
        return context

    @transaction.atomic
    def form_valid(self, form):
        locales = list(form.cleaned_data["locales"])
        count = len(self.page.translation_companions())
        # The worker creates the translations (manage.py run_worker): the editor gets an answer at once.
        background.enqueue(translate_with_companions, [self.page.pk, [locale.pk for locale in locales], self.request.user], {})
        messages.success(
            self.request,
            ngettext(
                "“%(page)s” and %(count)d related page were submitted for translation into %(languages)s. The translations are being prepared in the background and will appear in a few moments, as drafts until someone publishes them.",
                "“%(page)s” and %(count)d related pages were submitted for translation into %(languages)s. The translations are being prepared in the background and will appear in a few moments, as drafts until someone publishes them.",
                count,
            )
            % {"page": self.page.title, "count": count, "languages": ", ".join(locale.get_display_name() for locale in locales)},
        )
        # The report of the page and every companion submitted with it (fact sheets are not under their theme).
        return redirect(reverse("translation_status_report") + f"?companions_of={self.page.pk}")


def translate_with_companions_buttons(page, user):
    """The companion action on pages of the source language whose type declares companions."""
    if page.locale.language_code != settings.LANGUAGE_CODE or not user.has_perm(SUBMIT_PERMISSION):
        return
    specific_class = page.specific_class
    if specific_class is not None and callable(getattr(specific_class, "translation_companions", None)):
        yield Button(
            specific_class.translation_companions_label,
            reverse("translate_with_companions", args=[page.pk]),
            priority=61,
            icon_name="wagtail-localize-language",
        )
