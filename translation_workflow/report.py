"""Admin report: for every French page, where each language stands.

A language is *missing* (no translation, or only an alias of the French page), *out of date*
(a text of the French page changed since the translation's last sync), *in progress* (the
translation is not published, or some of its visible texts are not translated yet) or *published*.
The percentage counts visible texts only (report_state.py).

Every link the report shows is one its user may follow: *Translate this page* and *Sync translated
pages* follow wagtail-localize's rule (the ``submit_translation`` permission), editing a page its
permissions. Managers download it as CSV or XLSX (Wagtail's spreadsheet export).

The report reads a fixed number of queries whatever the number of pages, plus the reading of each
French page published since its last sync (report_state.py); links cost no query for users whose
rights cover the pages (superusers, groups with the "change" permission).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Locale, Page, Site

from translation_workflow.report_state import TranslationState

MISSING = "missing"
OUT_OF_DATE = "out_of_date"
IN_PROGRESS = "in_progress"
PUBLISHED = "published"
STATUS_LABELS = {
    MISSING: _("Missing"),
    OUT_OF_DATE: _("Out of date"),
    IN_PROGRESS: _("In progress"),
    PUBLISHED: _("Published"),
}
SUBMIT_PERMISSION = "wagtail_localize.submit_translation"  # wagtail-localize's rule to submit and to sync


@dataclass
class LocaleStatus:
    locale: Locale
    status: str
    progress: int | None = None
    action_url: str = ""

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass
class PageRow:
    page_id: int
    title: str
    depth: int
    live: bool
    edit_url: str = ""
    statuses: list = field(default_factory=list)


class ReportLinks:
    """The admin links of the report that ``user`` may follow, or every link when ``user`` is None."""

    def __init__(self, user=None):
        self.user = user
        self.may_submit = user is None or user.has_perm(SUBMIT_PERMISSION)
        self._editable = {}

    def edit(self, page):
        if self.user is not None and page.pk not in self._editable:
            self._editable[page.pk] = page.permissions_for_user(self.user).can_edit()
        return reverse("wagtailadmin_pages:edit", args=[page.pk]) if self.user is None or self._editable[page.pk] else ""

    def submit(self, page_id, locale):
        if not self.may_submit:
            return ""
        url = reverse("wagtail_localize:submit_page_translation", args=[page_id])
        return f"{url}?{urlencode({'select_locale': locale.language_code})}"

    def sync(self, source_id):
        return reverse("wagtail_localize:update_translations", args=[source_id]) if self.may_submit else ""


def target_locales():
    """Every locale but the source one, in the order of ``LANGUAGES``."""
    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    return sorted(locales, key=lambda locale: order.get(locale.language_code, len(order)))


def locale_status(state, links, page, locale):
    """The ``LocaleStatus`` of one source page (values) in one locale."""
    translated = state.translated_pages.get((page["translation_key"], locale.pk))
    if translated is None or translated.alias_of_id:
        return LocaleStatus(locale, MISSING, action_url=links.submit(page["id"], locale))
    source = state.sources.get(page["translation_key"])
    if source is None or (source["id"], locale.pk) not in state.enabled:
        # Not (or no longer) synchronised: translated by hand in the page editor.
        return LocaleStatus(locale, PUBLISHED if translated.live else IN_PROGRESS, None, links.edit(translated))
    progress = state.progress(source["id"], locale)
    if source["id"] in state.changed:
        return LocaleStatus(locale, OUT_OF_DATE, progress, links.sync(source["id"]) or links.edit(translated))
    if not translated.live or progress < 100:
        return LocaleStatus(locale, IN_PROGRESS, progress, links.edit(translated))
    return LocaleStatus(locale, PUBLISHED, progress, links.edit(translated))


def build_report(section=None, locales=None, page_ids=None, user=None):
    """One ``PageRow`` per source-language page, ``locales`` as columns.

    Only the pages under ``section``, or those of ``page_ids``, when given; links for ``user``.
    """
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    locales = list(locales if locales is not None else target_locales())
    source_pages = Page.objects.filter(locale=source_locale, depth__gt=1).filter(_in_a_site()).order_by("path")
    if section is not None:
        source_pages = source_pages.descendant_of(section, inclusive=True)
    if page_ids is not None:
        source_pages = source_pages.filter(pk__in=page_ids)
    source_pages = list(source_pages)
    page_values = [
        {"id": page.pk, "translation_key": page.translation_key, "last_published_at": page.last_published_at,
         "latest_revision_created_at": page.latest_revision_created_at}
        for page in source_pages
    ]
    state = TranslationState.read(page_values, locales, source_locale)
    links = ReportLinks(user)
    rows = []
    for page, values in zip(source_pages, page_values, strict=True):
        row = PageRow(page.pk, page.title, page.depth, page.live, links.edit(page))
        row.statuses = [locale_status(state, links, values, locale) for locale in locales]
        rows.append(row)
    return rows


def _in_a_site():
    """Pages under a site's root page: leaves out pages no visitor can reach (Wagtail's welcome page)."""
    condition = Q(pk__in=[])
    for root_path in Site.objects.values_list("root_page__path", flat=True):
        condition |= Q(path__startswith=root_path)
    return condition


def summarise(rows, locales):
    """``{locale_id: {status: count}}`` for the report's header."""
    summary = {locale.pk: dict.fromkeys(STATUS_LABELS, 0) for locale in locales}
    for row in rows:
        for cell in row.statuses:
            summary[cell.locale.pk][cell.status] += 1
    return summary


@dataclass(frozen=True)
class ExportLine:
    """One page in one language, a line of the spreadsheet export."""

    page: str
    page_id: int
    language: str
    status: str
    progress: int | None


def companions_of(page_id):
    """The ids of a page and of the pages translated with it (its companions), when its type declares them."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None, None
    page = page.specific
    companions = page.translation_companions() if callable(getattr(page, "translation_companions", None)) else []
    return page, [page.pk, *(companion.pk for companion in companions)]


class TranslationStatusReportView(SpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "translation_workflow/admin/translation_report.html"
    page_title = _("Translations by page")
    header_icon = "site"
    export_filename = "translations-by-page"
    list_export = ["page", "page_id", "language", "status", "progress"]
    export_headings = {
        "page": _("Page"),
        "page_id": _("Page ID"),
        "language": _("Language"),
        "status": _("Status"),
        "progress": _("Visible texts translated (%)"),
    }

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        if self.is_export:
            lines = [
                ExportLine(row.title, row.page_id, cell.locale.get_display_name(), str(cell.label), cell.progress)
                for row in self.filtered_rows()[0]
                for cell in row.statuses
            ]
            # The CSV is written after the view returns, when the user's language is no longer active.
            self.export_headings = {name: str(heading) for name, heading in self.export_headings.items()}
            return self.as_spreadsheet(lines, request.GET["export"])
        return super().get(request, *args, **kwargs)

    def filters(self):
        """The filters of the request: ``{locales, language, status, section, companions_of, page_ids}``."""
        all_locales = target_locales()
        language = self.request.GET.get("locale", "")
        status = self.request.GET.get("status", "")
        chosen = {"locales": [locale for locale in all_locales if locale.language_code == language] or all_locales}
        chosen["language"] = language if len(chosen["locales"]) == 1 and chosen["locales"][0].language_code == language else ""
        chosen["status"] = status if status in STATUS_LABELS else ""
        chosen["section"] = chosen["companions_of"] = chosen["page_ids"] = None
        section_id, companions_id = self.request.GET.get("section", ""), self.request.GET.get("companions_of", "")
        if section_id.isdigit() and len(section_id) < 18:
            chosen["section"] = Page.objects.filter(pk=section_id).first()
        if companions_id.isdigit() and len(companions_id) < 18:
            chosen["companions_of"], chosen["page_ids"] = companions_of(companions_id)
        return chosen

    def filtered_rows(self):
        chosen = self.filters()
        rows = build_report(chosen["section"], chosen["locales"], chosen["page_ids"], user=self.request.user)
        summary = summarise(rows, chosen["locales"])
        if chosen["status"]:
            rows = [row for row in rows if any(cell.status == chosen["status"] for cell in row.statuses)]
        return rows, summary, chosen

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows, summary, chosen = self.filtered_rows()
        locales = chosen["locales"]
        context.update(
            {
                "rows": rows,
                "locales": locales,
                "all_locales": target_locales(),
                "summary": [(locale, [(STATUS_LABELS[key], count) for key, count in summary[locale.pk].items()]) for locale in locales],
                "statuses": list(STATUS_LABELS.items()),
                "selected_locale": chosen["language"],
                "selected_status": chosen["status"],
                "section": chosen["section"],
                "companions_of": chosen["companions_of"],
                "companion_count": len(chosen["page_ids"] or [None]) - 1,
                "csv_url": self.csv_export_url,
            }
        )
        return context
