"""wagtail-localize's two bulk actions, answered at once while the worker does the work.

*Translate this page* with *Include subtree* already hands the subtree to
``wagtail_localize.tasks.background``; only its message changes, so that the editor knows the
pages below are on their way. *Sync translated pages* runs in the request in wagtail-localize: here
it becomes a job (``sync_job.sync_translations``). Both views are registered at
wagtail-localize's own addresses (``wagtail_hooks``), so every link to them leads here.
"""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.tasks import background
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from translation_workflow.sync_job import sync_translations


class SubmitPageTranslationInBackgroundView(SubmitPageTranslationView):
    subtree_submitted = False

    def form_valid(self, form):
        self.subtree_submitted = isinstance(self.object, Page) and form.cleaned_data["include_subtree"]
        return super().form_valid(form)

    def get_default_success_url(self, translated_page=None):
        # wagtail-localize opens the new translation; an editor who may not edit it (French
        # authors) goes back to the page's section instead of a "permission denied".
        if translated_page and not translated_page.permissions_for_user(self.request.user).can_edit():
            translated_page = None
        return super().get_default_success_url(translated_page)

    def get_success_message(self, locales):
        message = super().get_success_message(locales)
        if self.subtree_submitted:
            return " ".join([message, _("The pages below it are being translated in the background and will appear in a few moments.")])
        return message


class SyncTranslationsInBackgroundView(UpdateTranslationsView):
    @transaction.atomic
    def form_valid(self, form):
        background.enqueue(
            sync_translations,
            [
                self.object.pk,
                form.cleaned_data["publish_translations"],
                bool(form.cleaned_data.get("use_machine_translation")),
                self.request.user,
            ],
            {},
        )
        self.components.save(self.object, sources_and_translations={self.object: list(self.object.translations.filter(enabled=True))})
        messages.success(
            self.request,
            _("The translations of “%(title)s” are being updated in the background and will be ready in a few moments.")
            % {"title": self.object.object_repr},
        )
        return redirect(self.get_success_url() or self.get_default_success_url())
