"""Where the admin publishes a translation, the completeness rule (completeness.py) is applied.

- The translation editor's *Publish* (a ``before_edit_page`` hook that runs before wagtail-localize's).
- The approval that ends a moderation workflow (the page views' workflow action, in
  ``CompletenessPageViewSet``, the default page viewset of Wagtail's admin).
- The bulk *Publish* action of page listings (a ``before_bulk_action`` hook).

Each refuses a translation with untranslated visible texts, names them with links to their tab in
the translation editor, and offers users who may publish the page ``PublishIncompleteView``: the
same list, a confirmation to tick, then the page is published and the override logged.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, Task
from wagtail_localize.models import Translation

from translation_workflow.completeness import (
    MAX_TEXTS_NAMED,
    editor_url,
    enabled_translation_of,
    may_publish,
    override_url,
    prepare_for_publishing,
    publish_with_untranslated_texts,
    untranslated_texts,
)

MAX_PAGES_NAMED = 5  # refusals of one bulk action shown in full


def refusal(request, translation, texts):
    """Tell ``request``'s user that ``translation`` is not published, which texts are missing and where."""
    page = translation.source.object.get_instance(translation.target_locale)
    messages.error(
        request,
        render_to_string(
            "translation_workflow/admin/includes/untranslated_texts_message.html",
            {
                "page": page,
                "translation": translation,
                "count": len(texts),
                "texts": [(text, editor_url(translation, text.tab_slug)) for text in texts[:MAX_TEXTS_NAMED]],
                "not_named": max(0, len(texts) - MAX_TEXTS_NAMED),
                "override_url": override_url(translation) if may_publish(request.user, page) else "",
            },
            request=request,
        ),
    )


def incomplete_translation(page):
    """``(translation, untranslated texts)`` when ``page`` is a synchronised translation missing visible texts."""
    translation = enabled_translation_of(page)
    if translation is None:
        return None
    prepare_for_publishing(translation)
    texts = untranslated_texts(translation)
    return (translation, texts) if texts else None


def refuse_incomplete_publish(request, page):
    """``before_edit_page``: the translation editor's *Publish* of a translation with untranslated texts."""
    if request.method != "POST" or request.POST.get("action") != "publish" or not may_publish(request.user, page):
        return None  # wagtail-localize answers everything else, and refuses users who may not publish
    incomplete = incomplete_translation(page)
    if incomplete is None:
        return None
    refusal(request, *incomplete)
    return redirect(request.path)


def refuse_incomplete_bulk_publish(request, action_type, objects, action_class_instance):
    """``before_bulk_action``: *Publish* on page listings, when one of the pages is an incomplete translation."""
    if action_type != "publish":
        return None
    pages = [item for item in objects if isinstance(item, Page)]
    if action_class_instance.cleaned_form.cleaned_data.get("include_descendants"):
        pages += [descendant for page in list(pages) for descendant in page.get_descendants().not_live()]
    refused = [incomplete for page in pages if (incomplete := incomplete_translation(page))]
    for incomplete in refused[:MAX_PAGES_NAMED]:
        refusal(request, *incomplete)
    if len(refused) > MAX_PAGES_NAMED:
        more = len(refused) - MAX_PAGES_NAMED
        messages.error(
            request,
            ngettext("%(count)d more translation is not complete either.", "%(count)d more translations are not complete either.", more)
            % {"count": more},
        )
    return redirect(action_class_instance.next_url) if refused else None


class CompletenessWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action view; an approval that would publish an incomplete translation is refused."""

    def post(self, request, *args, **kwargs):
        incomplete = incomplete_translation(self.object) if self._approval_publishes() else None
        if incomplete is None:
            return super().post(request, *args, **kwargs)
        refusal(request, *incomplete)
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return self.render_modal_json(request, {"step": "success", "redirect": self.redirect_url})
        return redirect(self.redirect_url)

    def _approval_publishes(self):
        if self.action_name != "approve":
            return False
        state = self.task_state.workflow_state
        remaining = Task.objects.filter(workflow_tasks__workflow=state.workflow, active=True).exclude(
            task_states__in=state.successful_task_states
        )
        return not remaining.exclude(pk=self.task.pk).exists()


class CompletenessPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with ``CompletenessWorkflowActionView``."""

    name = "translation_completeness_pages"
    workflow_action_view_class = CompletenessWorkflowActionView


class ConfirmationForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I know these texts are not translated: publish the page with them in the source language"),
        error_messages={"required": _("Tick the box to publish the page with untranslated texts.")},
    )


class TranslationAdminViewMixin(WagtailAdminTemplateMixin):
    """An admin screen about one translated ``page`` and its ``translation``: subtitle and breadcrumbs."""

    def get_page_subtitle(self):
        return f"{self.page.get_admin_display_title()} ({self.translation.target_locale.get_display_name()})"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]


class PublishIncompleteView(TranslationAdminViewMixin, FormView):
    """A moderator's override: publish one translation although some of its visible texts are not translated."""

    template_name = "translation_workflow/admin/publish_incomplete.html"
    form_class = ConfirmationForm
    page_title = _("Publish with untranslated texts")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        self.translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=kwargs["translation_id"], enabled=True)
        self.page = self.translation.source.object.get_instance_or_none(self.translation.target_locale)
        if self.page is None:
            raise Http404
        if not may_publish(request.user, self.page):
            raise PermissionDenied
        prepare_for_publishing(self.translation)
        self.texts = untranslated_texts(self.translation)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "translation": self.translation,
                "page": self.page,
                "texts": [(text, editor_url(self.translation, text.tab_slug)) for text in self.texts],
                "editor_url": editor_url(self.translation),
                "source_language": self.translation.source.locale.get_display_name(),
            }
        )
        return context

    def form_valid(self, form):
        names = {"page": self.page.get_admin_display_title(), "language": self.translation.target_locale.get_display_name()}
        try:
            if self.texts:
                publish_with_untranslated_texts(self.translation, self.texts, self.request.user)
            else:
                self.translation.save_target(user=self.request.user, publish=True)
        except ValidationError:
            error = _("“%(page)s” could not be published in %(language)s: fix the errors shown in the translation editor.")
            messages.error(self.request, error % names)
        else:
            messages.success(self.request, _("Published “%(page)s” in %(language)s.") % names)
        return redirect(editor_url(self.translation))
