"""What the *Translations by page* report knows about the translations of a set of source pages.

Read in a fixed number of queries whatever the number of pages, plus one read of each source page
published or revised since its last sync (only those can have changed texts):

- *changed texts*: a source is out of date when the texts of its page today differ from the texts
  of its last sync (its ``StringSegment``), not when it was merely published again;
- *progress*: the share of *visible* texts translated (completeness.is_visible: the slug and fields
  the translation editor does not show are left out).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from translation_workflow.completeness import is_visible


@dataclass
class TranslationState:
    translated_pages: dict  # (translation key, locale id) -> Page
    sources: dict  # translation key -> TranslationSource values
    enabled: set  # (source id, locale id) of the enabled translations
    visible_totals: dict  # source id -> number of visible texts
    translated_counts: dict  # (source id, locale id) -> number of visible texts translated
    changed: set  # ids of the sources whose page's texts changed since the last sync

    @classmethod
    def read(cls, source_pages, locales, source_locale):
        keys = [page["translation_key"] for page in source_pages]
        translated_pages = {
            (page.translation_key, page.locale_id): page for page in Page.objects.filter(translation_key__in=keys, locale__in=locales)
        }
        sources = {
            source["object_id"]: source
            for source in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values(
                "id", "object_id", "last_updated_at", "specific_content_type_id"
            )
        }
        source_ids = [source["id"] for source in sources.values()]
        enabled = set(
            Translation.objects.filter(source_id__in=source_ids, enabled=True).values_list("source_id", "target_locale_id")
        )
        visible_contexts, visible_totals = _visible_texts(sources.values())
        translated_counts = defaultdict(int)
        for source_id, context_id, locale_id in StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
            string__translations__locale__in=locales,
        ).values_list("source_id", "context_id", "string__translations__locale_id"):
            if context_id in visible_contexts:
                translated_counts[source_id, locale_id] += 1
        changed = sources_with_changed_texts(source_pages, sources)
        return cls(translated_pages, sources, enabled, visible_totals, translated_counts, changed)

    def progress(self, source_id, locale):
        total = self.visible_totals.get(source_id, 0)
        return 100 if total == 0 else min(100, round(100 * self.translated_counts[source_id, locale.pk] / total))


def _visible_texts(sources):
    """``(ids of the contexts of visible texts, {source id: number of visible texts})``."""
    models = {source["id"]: ContentType.objects.get_for_id(source["specific_content_type_id"]).model_class() for source in sources}
    contexts, totals = set(), defaultdict(int)
    for source_id, context_id, path in StringSegment.objects.filter(source_id__in=list(models)).values_list(
        "source_id", "context_id", "context__path"
    ):
        model = models[source_id]
        if model is not None and is_visible(model, path):
            contexts.add(context_id)
            totals[source_id] += 1
    return contexts, totals


def sources_with_changed_texts(source_pages, sources):
    """Ids of the sources whose page's texts today differ from the texts of their last sync.

    Publishing a page again without changing a text, or saving a draft (a reverted one included),
    changes nothing: a sync reads the page as published, and compares here the texts themselves.
    """
    candidates = {}  # page id -> source id
    for page in source_pages:
        source = sources.get(page["translation_key"])
        if source and _touched_since(page, source["last_updated_at"]):
            candidates[page["id"]] = source["id"]
    if not candidates:
        return set()
    synced = defaultdict(set)
    for source_id, path, text in StringSegment.objects.filter(source_id__in=candidates.values()).values_list(
        "source_id", "context__path", "string__data"
    ):
        synced[source_id].add((path, text))
    changed = set()
    for page in Page.objects.filter(pk__in=candidates).specific():
        current = {(segment.path, segment.string.data) for segment in extract_segments(page) if isinstance(segment, StringSegmentValue)}
        if current != synced[candidates[page.pk]]:
            changed.add(candidates[page.pk])
    return changed


def _touched_since(page, moment):
    return any(when and when > moment for when in (page["last_published_at"], page["latest_revision_created_at"]))
