"""Admin report: for every French page, where each language stands.

A language is *missing* (no translation, or only an alias of the French page), *out of date*
(the French page changed after the translation was last synchronised), *in progress* (the
translation is not published, or some of its texts are not translated yet) or *published*.

The whole report is built from a fixed number of queries, whatever the number of pages.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, Translation, TranslationSource

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
    statuses: list = field(default_factory=list)


def target_locales():
    """Every locale but the source one, in the order of ``LANGUAGES``."""
    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    return sorted(locales, key=lambda locale: order.get(locale.language_code, len(order)))


@dataclass
class TranslationState:
    """What the report needs to know about the translations of a set of source pages, read in five queries."""

    translated_pages: dict  # (translation key, locale id) -> page values
    sources: dict  # translation key -> TranslationSource values
    translations: dict  # (source id, locale id) -> Translation values
    segment_totals: dict  # source id -> number of texts
    translated_counts: dict  # (source id, locale id) -> number of texts translated

    @classmethod
    def read(cls, keys, locales, source_locale):
        translated_pages = {
            (page["translation_key"], page["locale_id"]): page
            for page in Page.objects.filter(translation_key__in=keys, locale__in=locales).values(
                "id", "translation_key", "locale_id", "live", "alias_of_id"
            )
        }
        sources = {
            source["object_id"]: source
            for source in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values(
                "id", "object_id", "last_updated_at"
            )
        }
        source_ids = [source["id"] for source in sources.values()]
        translations = {
            (translation["source_id"], translation["target_locale_id"]): translation
            for translation in Translation.objects.filter(source_id__in=source_ids).values(
                "source_id", "target_locale_id", "enabled"
            )
        }
        segment_totals = dict(
            StringSegment.objects.filter(source_id__in=source_ids)
            .values("source_id")
            .annotate(total=Count("id"))
            .values_list("source_id", "total")
        )
        translated_counts = defaultdict(int)
        for source_id, locale_id, count in (
            StringSegment.objects.filter(
                source_id__in=source_ids,
                string__translations__context_id=F("context_id"),
                string__translations__has_error=False,
            )
            .values("source_id", "string__translations__locale_id")
            .annotate(translated=Count("id"))
            .values_list("source_id", "string__translations__locale_id", "translated")
        ):
            translated_counts[source_id, locale_id] = count
        return cls(translated_pages, sources, translations, segment_totals, translated_counts)

    def status(self, page, locale):
        """The ``LocaleStatus`` of one source page (values) in one locale."""
        translated = self.translated_pages.get((page["translation_key"], locale.pk))
        if translated is None or translated["alias_of_id"]:
            return LocaleStatus(locale, MISSING, action_url=_submit_url(page["id"], locale))
        edit_url = reverse("wagtailadmin_pages:edit", args=[translated["id"]])
        source = self.sources.get(page["translation_key"])
        translation = self.translations.get((source["id"], locale.pk)) if source else None
        enabled = bool(translation and translation["enabled"])
        progress = None
        if enabled:
            total = self.segment_totals.get(source["id"], 0)
            done = self.translated_counts[source["id"], locale.pk]
            progress = 100 if total == 0 else min(100, round(100 * done / total))
        changed_at = page["latest_revision_created_at"]
        if enabled and changed_at and changed_at > source["last_updated_at"]:
            return LocaleStatus(locale, OUT_OF_DATE, progress, reverse("wagtail_localize:update_translations", args=[source["id"]]))
        if not translated["live"] or (progress is not None and progress < 100):
            return LocaleStatus(locale, IN_PROGRESS, progress, edit_url)
        return LocaleStatus(locale, PUBLISHED, progress, edit_url)


def build_report(section=None, locales=None):
    """One ``PageRow`` per source-language page (under ``section`` when given), ``locales`` as columns."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    locales = list(locales if locales is not None else target_locales())
    source_pages = Page.objects.filter(locale=source_locale, depth__gt=1).filter(_in_a_site()).order_by("path")
    if section is not None:
        source_pages = source_pages.descendant_of(section, inclusive=True)
    source_pages = list(source_pages.values("id", "title", "depth", "live", "translation_key", "latest_revision_created_at"))
    state = TranslationState.read([page["translation_key"] for page in source_pages], locales, source_locale)
    rows = []
    for page in source_pages:
        row = PageRow(page["id"], page["title"], page["depth"], page["live"])
        row.statuses = [state.status(page, locale) for locale in locales]
        rows.append(row)
    return rows


def _in_a_site():
    """Pages under a site's root page: leaves out pages no visitor can reach (Wagtail's welcome page)."""
    condition = Q(pk__in=[])
    for root_path in Site.objects.values_list("root_page__path", flat=True):
        condition |= Q(path__startswith=root_path)
    return condition


def _submit_url(page_id, locale):
    return reverse("wagtail_localize:submit_page_translation", args=[page_id]) + "?" + urlencode(
        {"select_locale": locale.language_code}
    )


def summarise(rows, locales):
    """``{locale_id: {status: count}}`` for the report's header."""
    summary = {locale.pk: dict.fromkeys(STATUS_LABELS, 0) for locale in locales}
    for row in rows:
        for cell in row.statuses:
            summary[cell.locale.pk][cell.status] += 1
    return summary


class TranslationStatusReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translation_workflow/admin/translation_report.html"
    page_title = _("Translations by page")
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        all_locales = target_locales()
        language = self.request.GET.get("locale", "")
        locales = [locale for locale in all_locales if locale.language_code == language] or all_locales
        status = self.request.GET.get("status", "")
        section = None
        section_id = self.request.GET.get("section", "")
        if section_id.isdigit() and len(section_id) < 18:
            section = Page.objects.filter(pk=section_id).first()

        rows = build_report(section=section, locales=locales)
        summary = summarise(rows, locales)
        if status in STATUS_LABELS:
            rows = [row for row in rows if any(cell.status == status for cell in row.statuses)]
        context.update(
            {
                "rows": rows,
                "locales": locales,
                "all_locales": all_locales,
                "summary": [(locale, [(STATUS_LABELS[key], count) for key, count in summary[locale.pk].items()]) for locale in locales],
                "statuses": list(STATUS_LABELS.items()),
                "selected_locale": language if len(locales) == 1 else "",
                "selected_status": status if status in STATUS_LABELS else "",
                "section": section,
            }
        )
        return context
