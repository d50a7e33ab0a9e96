"""Translate the demo objects the way a translator does, from the demo catalogues.

For each object and language: create the translation (``TranslationSource`` + ``Translation``,
as "Translate this page" does), export its PO file, fill each ``msgstr`` from the demo catalogue
by msgid, import the file through the checked PO import of ``translation_workflow.po_import``,
then save the translation and publish it (new translations are drafts on this site,
``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False``). A French text the catalogue does not
translate stays in French and is recorded in ``missing``.
"""

from django.core.management import CommandError
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from core.slugs import slug_for_translation
from translation_workflow import po_import

from .content import resolve_languages
from .site import refresh_statistics

SLUG_CONTEXT = "slug"
TITLE_CONTEXT = "title"


class DemoTranslator:
    def __init__(self, catalogues):
        self.catalogues = catalogues
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in catalogues}
        self.missing = {code: {} for code in catalogues}  # language -> French texts kept, in order met

    def translate(self, instance, language_codes, slugs=None, context=None):
        """Translate ``instance`` into each of ``language_codes`` that it is not yet in.

        ``slugs`` maps a language to the slug of the translation; by default a page's slug is
        made from its translated title (``core.slugs.slug_for_translation``: en, es and pt get
        their own, ar and zh-hans keep the French one). ``context`` names the object in the
        catalogues (``themes.toml:energie``), for entries with a msgctxt.
        """
        if isinstance(instance, Page):
            # From the database: the source must reflect what is saved, child objects included.
            instance = Page.objects.get(pk=instance.pk).specific
        codes = [code for code in language_codes if code in self.locales and not instance.has_translation(self.locales[code])]
        if not codes:
            return
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        for code in codes:
            translation, _ = Translation.objects.update_or_create(
                source=source, target_locale=self.locales[code], defaults={"enabled": True}
            )
            po = self.fill(translation.export_po(), code, context)
            self.fill_slug(po, instance, code, (slugs or {}).get(code))
            try:
                po_import.import_po(translation, po, user=None)
            except po_import.InvalidPOFile as error:
                raise CommandError(f"{context}: its {code} PO file was refused: {error}")
            self.save(translation, instance)

    def save(self, translation, instance):
        """Save the translated object and publish it, as the translator's "Publish" button does.

        A page is saved as a draft and its revision published at once: ``save_target(publish=True)``
        would publish only when the command's transaction commits, from a copy of the page taken
        before its own translated children were added.
        """
        if not isinstance(instance, Page):
            translation.save_target(publish=True)
            return
        translation.save_target(publish=False)
        page = instance.get_translation(translation.target_locale)
        page.get_latest_revision().publish(skip_permission_checks=True)

    def fill(self, po, code, context):
        """``po`` with every msgstr the demo catalogue of ``code`` gives, the slug left to ``fill_slug``."""
        catalogue = self.catalogues[code]
        for entry in po:
            if entry.obsolete or entry.msgstr or entry.msgctxt == SLUG_CONTEXT:
                continue
            entry.msgstr = catalogue.translation_of(entry.msgid, context) or ""
            if not entry.msgstr:
                self.missing[code].setdefault(entry.msgid)
        return po

    def fill_slug(self, po, instance, code, slug=None):
        """The slug entry of ``po``: ``slug`` if given, else made from the translated title.

        A page whose title the catalogue does not translate keeps its French slug.
        """
        entries = {entry.msgctxt: entry for entry in po if not entry.obsolete}
        if SLUG_CONTEXT not in entries:
            return
        title = entries[TITLE_CONTEXT].msgstr if TITLE_CONTEXT in entries else ""
        if slug is None and title and isinstance(instance, Page):
            slug = slug_for_translation(instance, title, self.locales[code])
        entries[SLUG_CONTEXT].msgstr = slug or entries[SLUG_CONTEXT].msgid


def translate_demo(content, built, catalogues):
    """Translate every demo object in the order an editor works: home page first, then sections..."""
    translator = DemoTranslator(catalogues)
    every = list(catalogues)
    previous_kind = None
    for kind, occurrence, item in content.objects():
        if kind != previous_kind:
            refresh_statistics()  # the tables have grown since the previous kind of objects
            previous_kind = kind
        instance = built[kind][item.get("slug") or item["key"]]
        slugs = {code: f"{instance.slug}-{code}" for code in every} if kind == "home" else None
        translator.translate(instance, resolve_languages(item["languages"], every), slugs=slugs, context=occurrence)
    return translator
