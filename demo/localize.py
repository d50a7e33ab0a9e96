"""Translate demo pages and snippets through wagtail-localize, from the demo's translation tables.

For each source object: extract its segments (``TranslationSource``), record a
``StringTranslation`` for every segment from ``translations/<lang>.py``, then let
``TranslationCreator`` create the translated object, exactly as an editor's "Translate" action
followed by a translator's work would. Pages are then published, since new translations are
drafts on this site (``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False``).
"""

from collections import defaultdict

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from .translations import SAME_IN_EVERY_LANGUAGE, TRANSLATIONS


class DemoTranslator:
    def __init__(self, locales):
        self.locales = {locale.language_code: locale for locale in locales}
        self.missing = defaultdict(set)  # language code -> French strings kept untranslated
        self.created = 0

    def lookup(self, language_code, text):
        table = TRANSLATIONS[language_code]
        if text in table:
            return table[text]
        if text not in SAME_IN_EVERY_LANGUAGE:
            self.missing[language_code].add(text)
        return text

    def translate(self, instance, language_codes, slug=None):
        """Translate ``instance`` into each of ``language_codes`` that it is not yet in.

        ``slug`` maps a language code to the slug of the translation; by default pages keep
        their French slug in every language, so that hreflang alternates are predictable.
        """
        if isinstance(instance, Page):
            # From the database: the source must reflect what is saved, child objects included.
            instance = Page.objects.get(pk=instance.pk).specific
        targets = [
            self.locales[code]
            for code in language_codes
            if code in self.locales and not instance.has_translation(self.locales[code])
        ]
        if not targets:
            return
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        self._record_strings(source, targets, slug or {})
        TranslationCreator(user=None, target_locales=targets).create_translations(instance, include_related_objects=False)
        if isinstance(instance, Page):
            for locale in targets:
                translated = instance.get_translation(locale)
                revision = translated.get_latest_revision()
                revision.publish(skip_permission_checks=True)
        self.created += len(targets)

    def _record_strings(self, source, locales, slug):
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        existing = set(
            StringTranslation.objects.filter(
                translation_of__in=[segment.string for segment in segments],
                locale__in=locales,
            ).values_list("translation_of_id", "locale_id", "context_id")
        )
        new = []
        for segment in segments:
            for locale in locales:
                if (segment.string_id, locale.pk, segment.context_id) in existing:
                    continue
                code = locale.language_code
                if segment.context.path == "slug":
                    data = slug.get(code, segment.string.data)
                else:
                    data = self.lookup(code, segment.string.data)
                existing.add((segment.string_id, locale.pk, segment.context_id))
                new.append(
                    StringTranslation(
                        translation_of=segment.string,
                        locale=locale,
                        context=segment.context,
                        data=data,
                        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    )
                )
        StringTranslation.objects.bulk_create(new)
