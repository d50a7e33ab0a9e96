"""Slugs are filled in automatically and never block publishing: translated slug, or the source page's."""

from django.utils.translation import override
from wagtail.models import Page

from tests.factories import ThemePageFactory, translate, translated_page
from translation_workflow.completeness import fill_slug, untranslated_texts

from .po import translation_of
from .translating import publish_in_editor, translate_texts


def test_the_slug_is_never_an_untranslated_text(multilingual_site):
    translation = translation_of(multilingual_site["theme"], "pt")

    with override("en"):
        assert [text.where for text in untranslated_texts(translation)] == ["Content › Title", "Content › Summary"]


def test_a_new_translation_takes_its_slug_from_its_title_in_latin_languages_only(
    admin_client, multilingual_site, django_capture_on_commit_callbacks
):
    theme = ThemePageFactory(parent=multilingual_site["theme_index"], title="Énergies marines", slug="energies-marines")
    for code, title in (("ar", "الطاقات البحرية"), ("pt", "Energias marinhas")):
        translate(theme, code, publish=False)
        translate_texts(translation_of(theme, code), {"title": title, "summary": f"{title}."})
        with django_capture_on_commit_callbacks(execute=True):
            publish_in_editor(admin_client, translated_page(theme, code))

    assert Page.objects.get(pk=translated_page(theme, "ar").pk).slug == "energies-marines"
    assert Page.objects.get(pk=translated_page(theme, "pt").pk).slug == "energias-marinhas"


def test_a_translation_published_before_keeps_its_address(admin_client, multilingual_site, django_capture_on_commit_callbacks):
    theme = multilingual_site["theme"]  # its Portuguese translation was published with the French slug
    translate_texts(translation_of(theme, "pt"), {"title": "Energia", "summary": "Energia."})

    with django_capture_on_commit_callbacks(execute=True):
        publish_in_editor(admin_client, translated_page(theme, "pt"))

    assert Page.objects.get(pk=translated_page(theme, "pt").pk).slug == "energie"


def test_a_slug_chosen_by_the_translator_is_kept(multilingual_site):
    translation = translation_of(multilingual_site["theme"], "es")
    translate_texts(translation, {"title": "Energía", "slug": "energias-renovables"})

    fill_slug(translation)

    assert {entry.msgctxt: entry.msgstr for entry in translation.export_po()}["slug"] == "energias-renovables"


def test_the_automatic_slug_follows_the_title_until_the_page_is_published(multilingual_site):
    theme = ThemePageFactory(parent=multilingual_site["theme_index"], title="Énergies marines", slug="energies-marines")
    translate(theme, "es", publish=False)
    translation = translation_of(theme, "es")
    fill_slug(translation)  # no translated title yet: the French slug
    first = {entry.msgctxt: entry.msgstr for entry in translation.export_po()}["slug"]
    translate_texts(translation, {"title": "Energías marinas"})

    fill_slug(translation)

    assert (first, {entry.msgctxt: entry.msgstr for entry in translation.export_po()}["slug"]) == ("energies-marines", "energias-marinas")
