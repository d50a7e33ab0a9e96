"""Submit a theme together with its fact sheets for translation into several languages at once.

Fact sheets live under the fact sheet index, not under their themes, so wagtail-localize's
"include subtree" option cannot send "a theme with its fact sheets": this admin view does.
Every translation it creates is a draft, as with the standard "Translate this page" action.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.tasks import background

SUBMIT_PERMISSION = "wagtail_localize.submit_translation"


def fact_sheets_of(theme):
    from showcase.models import FactSheetPage

    return FactSheetPage.objects.filter(locale_id=theme.locale_id, theme_links__theme=theme).distinct().order_by("title")


def translate_theme_with_fact_sheets(theme_id, locale_ids, user):
    """Create the missing translations of a theme and of its fact sheets; existing ones are left alone."""
    theme = Page.objects.get(pk=theme_id).specific
    pages = [theme, *fact_sheets_of(theme)]
    for locale in Locale.objects.filter(pk__in=locale_ids):
        creator = TranslationCreator(user, [locale])
        for page in pages:
            if not page.has_translation(locale):
                creator.create_translations(page)


class LocalesForm(forms.Form):
    locales = forms.ModelMultipleChoiceField(
        label=_("Languages"), queryset=Locale.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, source_locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locales"].queryset = Locale.objects.exclude(pk=source_locale.pk).order_by("language_code")


class TranslateThemeView(WagtailAdminTemplateMixin, FormView):
    template_name = "showcase/admin/translate_theme.html"
    form_class = LocalesForm
    page_title = _("Translate a theme with its fact sheets")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        from themes.models import ThemePage

        if not request.user.has_perm(SUBMIT_PERMISSION):
            raise PermissionDenied
        self.theme = get_object_or_404(ThemePage, pk=kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.theme.title

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "source_locale": self.theme.locale}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["theme"] = self.theme
        context["fact_sheets"] = fact_sheets_of(self.theme)
        return context

    @transaction.atomic
    def form_valid(self, form):
        locales = list(form.cleaned_data["locales"])
        count = fact_sheets_of(self.theme).count()
        background.enqueue(translate_theme_with_fact_sheets, [self.theme.pk, [locale.pk for locale in locales], self.request.user], {})
        messages.success(
            self.request,
            ngettext(
                "“%(theme)s” and its %(count)d fact sheet were submitted for translation into %(languages)s. The translations are drafts until someone publishes them.",
                "“%(theme)s” and its %(count)d fact sheets were submitted for translation into %(languages)s. The translations are drafts until someone publishes them.",
                count,
            )
            % {"theme": self.theme.title, "count": count, "languages": ", ".join(locale.get_display_name() for locale in locales)},
        )
        return redirect(reverse("translation_status_report") + f"?section={self.theme.pk}")


def theme_translation_buttons(page, user, view_name=None, next_url=None):
    """A "Translate with its fact sheets" button on French theme pages."""
    from wagtail.admin.widgets.button import Button

    from themes.models import ThemePage

    if page.specific_class is ThemePage and page.locale.language_code == settings.LANGUAGE_CODE and user.has_perm(SUBMIT_PERMISSION):
        yield Button(
            _("Translate with its fact sheets"),
            reverse("translate_theme_with_fact_sheets", args=[page.pk]),
            priority=61,
            icon_name="wagtail-localize-language",
        )
