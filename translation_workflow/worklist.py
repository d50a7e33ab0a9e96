"""The translator's worklist: on their dashboard, the translations in their languages that wait for them.

A translation waits for its translator when a moderator asked for changes, when some of its texts
are not translated yet, when it is a draft not yet submitted for review, or when its French page
changed since the last sync. Translations under review wait for the moderators instead (Wagtail's
"Awaiting your review" panel) and are left out. The list is read in a fixed number of queries,
whatever the number of pages (plus, as in the report, one read of each French page changed since
its last sync).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowState
from wagtail_localize.models import TranslationSource

from translation_workflow.report_state import TranslationState

CHANGES_REQUESTED = "changes_requested"
UNTRANSLATED = "untranslated"
NOT_SUBMITTED = "not_submitted"
OUT_OF_DATE = "out_of_date"
REASON_LABELS = {  # in the order the list is sorted by
    CHANGES_REQUESTED: _("Changes requested"),
    UNTRANSLATED: _("Texts to translate"),
    NOT_SUBMITTED: _("Draft not submitted for review"),
    OUT_OF_DATE: _("French page changed since the last sync"),
}
SHOWN = 30


@dataclass
class WorkItem:
    page_id: int
    title: str
    locale: Locale
    reasons: list
    translated: int
    total: int

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page_id])

    @property
    def labels(self):
        return [REASON_LABELS[reason] for reason in self.reasons]


def translating_locales(user):
    """The languages other than French in which ``user`` may edit pages but not publish them: the ones they translate."""
    if not user.is_active or user.is_superuser:
        return []
    granted = defaultdict(set)
    for locale_id, depth, codename in GroupPagePermission.objects.filter(group__user=user).values_list(
        "page__locale_id", "page__depth", "permission__codename"
    ):
        granted["everywhere" if depth == 1 else locale_id].add(codename)  # the tree root covers every language
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code")
    return [
        locale for locale in locales
        if "change_page" in granted[locale.pk] | granted["everywhere"]
        and "publish_page" not in granted[locale.pk] | granted["everywhere"]
    ]


def _reasons(translated, progress, changed, review_status):
    """Why ``translated`` (a translation page) waits for its translator: [] when it does not."""
    if review_status == WorkflowState.STATUS_IN_PROGRESS:
        return []
    reasons = []
    if review_status == WorkflowState.STATUS_NEEDS_CHANGES:
        reasons.append(CHANGES_REQUESTED)
    if progress[0] < progress[1]:
        reasons.append(UNTRANSLATED)
    if review_status is None and (not translated.live or translated.has_unpublished_changes):
        reasons.append(NOT_SUBMITTED)
    if changed:
        reasons.append(OUT_OF_DATE)
    return reasons


def _review_statuses():
    """``{page id: status}`` of the pages in a workflow (in review, or sent back for changes): few at any time."""
    states = WorkflowState.objects.active().filter(base_content_type=ContentType.objects.get_for_model(Page))
    return {int(object_id): status for object_id, status in states.values_list("object_id", "status")}


def worklist(locales):
    """The ``WorkItem`` of every translation into ``locales`` that waits for its translator, most urgent first.

    Progress and "out of date" are those of the *Translations by page* report (report_state.py).
    """
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    translated_keys = TranslationSource.objects.filter(
        locale=source_locale, translations__target_locale__in=locales, translations__enabled=True
    ).values("object_id")
    source_pages = list(
        Page.objects.filter(locale=source_locale, translation_key__in=translated_keys).values(
            "id", "translation_key", "last_published_at", "latest_revision_created_at"
        )
    )
    state = TranslationState.read(source_pages, locales, source_locale)
    review_statuses = _review_statuses()
    items = []
    for page in source_pages:
        source = state.sources.get(page["translation_key"])
        for locale in locales:
            translated = state.translated_pages.get((page["translation_key"], locale.pk))
            if source is None or translated is None or (source["id"], locale.pk) not in state.enabled:
                continue
            progress = (state.translated_counts[source["id"], locale.pk], state.visible_totals.get(source["id"], 0))
            reasons = _reasons(translated, progress, source["id"] in state.changed, review_statuses.get(translated.pk))
            if reasons:
                items.append(WorkItem(translated.pk, translated.draft_title, locale, reasons, *progress))
    order = list(REASON_LABELS)
    return sorted(items, key=lambda item: (order.index(item.reasons[0]), item.locale.language_code, item.title.lower()))


class WorklistPanel(Component):
    """The dashboard panel; shown to users who translate (``translating_locales``)."""

    name = "translation_worklist"
    template_name = "translation_workflow/worklist_panel.html"
    order = 200  # before Wagtail's "Your pages in a workflow"

    def __init__(self, locales):
        self.locales = locales

    def get_context_data(self, parent_context=None):
        items = worklist(self.locales)
        return {
            "items": items[:SHOWN],
            "more": max(0, len(items) - SHOWN),
            "languages": ", ".join(locale.get_display_name() for locale in self.locales),
            "report_url": reverse("translation_status_report"),
        }
