"""Translators hand their work back: "Submit for review" starts Wagtail's translation review workflow.

wagtail-localize's translation editor has no workflow action. The "Translation review" workflow (set
up by ``setup_roles``) is assigned to the home page of every language but French; its one task is a
``GroupApprovalTask`` of the roles that review translations (Moderators). "Submit for review", shown in
the header of the translation editor, saves the current translations as a draft revision and starts
that workflow (or resumes it when a moderator asked for changes): Wagtail e-mails the moderators, who
approve, which publishes the page, or ask for changes.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowState, WorkflowTask

from translation_workflow.completeness import editor_url, enabled_translation_of, prepare_for_publishing, untranslated_texts
from translation_workflow.drafts import save_translation_draft
from translation_workflow.workflow_names import REVIEW_TASK_NAME, REVIEW_WORKFLOW_NAME, names_in_every_language


def setup_review_workflow(reviewer_groups, pages):
    """The translation review workflow, its task for ``reviewer_groups``, assigned to ``pages``; idempotent.

    Their names are saved as English msgids and read in each user's language (workflow_names.py); a
    workflow or task saved under a translation of its name (before names were msgids) is found and renamed.
    """
    workflow = Workflow.objects.filter(name__in=names_in_every_language(REVIEW_WORKFLOW_NAME)).first() or Workflow()
    workflow.name = REVIEW_WORKFLOW_NAME
    workflow.active = True
    workflow.save()
    task = GroupApprovalTask.objects.filter(name__in=names_in_every_language(REVIEW_TASK_NAME)).first() or GroupApprovalTask()
    task.name = REVIEW_TASK_NAME
    task.active = True
    task.save()
    task.groups.set(reviewer_groups)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def review_action(page, user):
    """``"submit"``, ``"resubmit"`` (a moderator asked for changes) or None: what ``user`` may do with ``page`` now."""
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        return None
    state = page.current_workflow_state
    if state is not None:
        return "resubmit" if state.status == WorkflowState.STATUS_NEEDS_CHANGES else None
    return "submit" if permissions.can_submit_for_moderation() else None


def submit_for_review_buttons(page, user):
    """The header button of the translation editor, on a translation its user may hand in."""
    action = review_action(page, user)
    if action is None:
        return []
    label = _("Resubmit for review") if action == "resubmit" else _("Submit for review")
    return [HeaderButton(label, reverse("submit_translation_for_review", args=[page.pk]), icon_name="resubmit")]


@transaction.atomic
def submit_for_review(page, translation_record, user):
    """Save the translations as a draft revision, then start the review workflow or resume it."""
    prepare_for_publishing(translation_record)  # the automatic slug, and texts translated the same way elsewhere
    save_translation_draft(translation_record, user)
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        page.get_workflow().start(page, user)
    return page


class SubmitForReviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translation_workflow/admin/submit_for_review.html"
    page_title = _("Submit for review")
    header_icon = "resubmit"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        self.translation_record = enabled_translation_of(self.page)
        if self.translation_record is None:
            raise Http404
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.action = review_action(self.page, request.user)
        if self.action is None:
            messages.error(request, self._refusal())
            return redirect("wagtailadmin_pages:edit", self.page.pk)
        return super().dispatch(request, *args, **kwargs)

    def _refusal(self):
        if self.page.workflow_in_progress:
            return _("“%(page)s” is already waiting for review.") % {"page": self.page.title}
        if self.page.get_workflow() is None:
            return _("No review workflow covers this language yet: an administrator should run “manage.py setup_roles”.")
        return _("“%(page)s” cannot be submitted for review now (is it locked?).") % {"page": self.page.title}

    def get_page_subtitle(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        workflow = self.page.get_workflow()
        context.update(
            page=self.page,
            language=self.translation_record.target_locale.get_display_name(),
            action=self.action,
            untranslated=[(text, editor_url(self.translation_record, text.tab_slug)) for text in untranslated_texts(self.translation_record)],
            task_names=[task.name for task in workflow.tasks.filter(active=True)],
            editor_url=editor_url(self.translation_record),
        )
        return context

    def post(self, request, *args, **kwargs):
        page = submit_for_review(self.page, self.translation_record, request.user)
        messages.success(
            request,
            _("“%(page)s” (%(language)s) was submitted for review; the reviewers are notified by e-mail.")
            % {"page": page.title, "language": self.translation_record.target_locale.get_display_name()},
        )
        return redirect("wagtailadmin_home")
