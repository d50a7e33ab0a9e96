"""Translation memory: what the site already knows about the translation of a text.

wagtail-localize stores each source text once (``String``) and its translations per place
(``StringTranslation`` per ``TranslationContext``: one field of one page). So:

- a text translated on one page is *filled in* wherever the same text waits for a translation
  into the same language (``fill_identical_texts``; marked with the tool name ``MEMORY``);
- after a sync, a changed text is a new ``String`` in the same place: the translation of the text
  that was there before is its first *suggestion*;
- translated texts of the same language whose source is *similar* (difflib's ratio of at least
  ``MIN_SIMILARITY``) are suggestions too, with their similarity. Candidates are read in one query,
  bounded by length (two texts whose lengths differ by more than that ratio allows cannot reach it)
  and by number (the ``MAX_CANDIDATES`` most recently translated).

Suggestions are never applied by themselves: translators see them in the PO file (as fuzzy entries,
``po_import``) and on the suggestions page linked from the translation editor.
"""

import difflib
from dataclasses import dataclass, field

from django.db.models import Q
from django.db.models.functions import Length
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.strings import StringValue

MEMORY = "Translation memory"
MIN_SIMILARITY = 0.8
MAX_CANDIDATES = 2000
MAX_SUGGESTIONS = 3
# A slug is no text to remember: completeness.fill_slug makes it from the translated title.
NOT_REMEMBERED = ("slug",)


def fill_identical_texts(translation):
    """Translate the texts of ``translation`` that are already translated the same way elsewhere; return how many."""
    locale = translation.target_locale
    missing = list(
        StringSegment.objects.filter(source=translation.source)
        .exclude(context__path__in=NOT_REMEMBERED)
        .annotate_translation(locale, include_errors=True)
        .filter(translation__isnull=True)
        .values_list("string_id", "context_id")
    )
    if not missing:
        return 0
    known = dict(
        StringTranslation.objects.filter(translation_of_id__in={string_id for string_id, _context in missing}, locale=locale, has_error=False)
        .exclude(context__path__in=NOT_REMEMBERED)
        .order_by("updated_at")  # the most recent translation of a text wins
        .values_list("translation_of_id", "data")
    )
    filled = [
        StringTranslation(
            translation_of_id=string_id, locale=locale, context_id=context_id, data=known[string_id],
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, tool_name=MEMORY,
        )
        for string_id, context_id in missing
        if string_id in known
    ]
    StringTranslation.objects.bulk_create(filled)
    return len(filled)


@dataclass(frozen=True)
class Suggestion:
    source: str  # the source text that was translated
    translation: str
    similarity: float  # of ``source`` to the text waiting for a translation, 0 to 1
    previous_version: bool  # the translation of this very place before its text changed


@dataclass
class TextSuggestions:
    segment_id: int
    context_path: str
    source: str
    suggestions: list = field(default_factory=list)

    @property
    def best(self):
        return self.suggestions[0] if self.suggestions else None


def similarity(text, other):
    return difflib.SequenceMatcher(None, text, other, autojunk=False).ratio()


def suggestions_for(translation):
    """``TextSuggestions`` for every untranslated text of ``translation`` that has any, in the page's order."""
    locale = translation.target_locale
    waiting = [
        TextSuggestions(segment.id, segment.context.path, segment.string.data)
        for segment in StringSegment.objects.filter(source=translation.source)
        .exclude(context__path__in=NOT_REMEMBERED)
        .select_related("context", "string")
        .annotate_translation(locale, include_errors=True)
        .filter(translation__isnull=True)
        .order_by("order")
    ]
    if not waiting:
        return []
    _add_previous_versions(translation, waiting)
    _add_similar_texts(locale, waiting)
    return [text for text in waiting if text.suggestions]


def _add_previous_versions(translation, waiting):
    """The translation each place had before its source text changed (the latest one, if it changed often)."""
    by_path = {text.context_path: text for text in waiting}
    seen = set()
    for previous in (
        StringTranslation.objects.filter(
            context__object_id=translation.source.object_id, context__path__in=list(by_path), locale=translation.target_locale, has_error=False
        )
        .select_related("translation_of", "context")
        .order_by("-updated_at")
    ):
        path = previous.context.path
        if path not in seen:
            seen.add(path)
            text = by_path[path]
            text.suggestions.append(
                Suggestion(previous.translation_of.data, previous.data, similarity(previous.translation_of.data, text.source), True)
            )


def _add_similar_texts(locale, waiting):
    """Up to ``MAX_SUGGESTIONS`` translated texts of ``locale`` similar to each waiting text, most similar first."""
    lengths = [len(text.source) for text in waiting]
    # ratio = 2 * matches / (a + b) and matches <= min(a, b): a ratio >= r needs min >= max * r / (2 - r).
    shortest, longest = min(lengths) * MIN_SIMILARITY / (2 - MIN_SIMILARITY), max(lengths) * (2 - MIN_SIMILARITY) / MIN_SIMILARITY
    candidates = {}
    for source, translated in (
        StringTranslation.objects.filter(locale=locale, has_error=False)
        .exclude(context__path__in=NOT_REMEMBERED)
        .annotate(source_length=Length("translation_of__data"))
        .filter(Q(source_length__gte=shortest) & Q(source_length__lte=longest))
        .order_by("-updated_at")
        .values_list("translation_of__data", "data")[:MAX_CANDIDATES]
    ):
        candidates.setdefault(source, translated)  # the most recent translation of each source text
    for text in waiting:
        already = {suggestion.source for suggestion in text.suggestions} | {text.source}
        text.suggestions += _most_similar(text.source, [(source, candidates[source]) for source in candidates if source not in already])


def _most_similar(text, candidates):
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(text)
    found = []
    for source, translated in candidates:
        matcher.set_seq1(source)
        if matcher.real_quick_ratio() >= MIN_SIMILARITY and matcher.quick_ratio() >= MIN_SIMILARITY:
            ratio = matcher.ratio()
            if ratio >= MIN_SIMILARITY:
                found.append(Suggestion(source, translated, ratio, False))
    return sorted(found, key=lambda suggestion: -suggestion.similarity)[:MAX_SUGGESTIONS]


def suggestions_by_place(translation):
    """``{(source text, context path): TextSuggestions}``, the way PO entries are keyed."""
    return {(text.source, text.context_path): text for text in suggestions_for(translation)}


def as_text(data):
    """A stored string (inline HTML, entities escaped) as the plain text a person reads."""
    return StringValue(data).render_text()


def apply_suggestion(translation, segment_id, data, user):
    """Save ``data`` as the translation of one text of ``translation`` (a translator chose a suggestion)."""
    segment = StringSegment.objects.select_related("string", "context").get(pk=segment_id, source=translation.source)
    string_translation, _created = StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={
            "data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL, "tool_name": MEMORY,
            "last_translated_by": user, "has_error": False, "field_error": "",
        },
    )
    return string_translation
