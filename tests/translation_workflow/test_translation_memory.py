"""The translation memory: the previous translation of a changed text, identical texts filled in, similar texts shown."""

import polib
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from tests.factories import ThemePageFactory, translate, translated_page
from translation_workflow.memory import suggestions_for

from .po import download_po, translation_of, upload_po
from .translating import translate_texts


def change_summary_and_sync(theme, summary):
    theme.summary = summary
    theme.save_revision().publish()
    TranslationSource.objects.get_for_instance(theme).update_from_db()


def test_after_a_sync_the_po_file_offers_the_previous_translation_of_a_changed_text(admin_client, multilingual_site):
    theme = multilingual_site["theme"]
    translation = translation_of(theme, "en")
    translate_texts(translation, {"title": "Energy", "summary": "Summary of Energy."})

    change_summary_and_sync(theme, "Résumé de l'Énergie.")
    po = download_po(admin_client, translation)

    [entry] = [entry for entry in po if entry.msgctxt == "summary" and not entry.obsolete]
    assert (entry.msgid, entry.msgstr, entry.previous_msgid) == ("Résumé de l'Énergie.", "Summary of Energy.", "Résumé de Énergie.")
    assert entry.fuzzy
    assert "#| msgid \"Résumé de Énergie.\"" in str(po)
    assert "previous version of this text (95% similar)" in entry.comment


def test_a_suggestion_confirmed_in_the_po_file_is_imported(admin_client, multilingual_site):
    theme = multilingual_site["theme"]
    translation = translation_of(theme, "en")
    translate_texts(translation, {"title": "Energy", "summary": "Summary of Energy."})
    change_summary_and_sync(theme, "Résumé de l'Énergie.")
    po = download_po(admin_client, translation)
    [entry] = [entry for entry in po if entry.msgctxt == "summary" and not entry.obsolete]
    entry.msgstr, entry.flags = "Summary of the Energy.", []

    messages = upload_po(admin_client, translation, po)

    assert messages == [("success", "Imported 2 translated texts from the PO file.")]
    assert not [item for item in polib.pofile(str(translation.export_po())) if item.msgctxt == "summary" and not item.obsolete and not item.msgstr]


def test_the_translation_editor_points_to_the_suggestions_page(admin_client, multilingual_site):
    theme = multilingual_site["theme"]
    translation = translation_of(theme, "en")
    translate_texts(translation, {"title": "Energy", "summary": "Summary of Energy."})
    change_summary_and_sync(theme, "Résumé de l'Énergie.")

    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[translated_page(theme, "en").pk])).content.decode()
    suggestions_url = reverse("translation_memory_suggestions", args=[translation.pk])
    page = admin_client.get(suggestions_url).content.decode()

    assert "The translation memory has suggestions for 1 text not translated yet." in editor
    assert f'href="{suggestions_url}"' in editor
    assert "Résumé de l&#x27;Énergie." in page and "Summary of Energy." in page
    assert "previous version of this text" in page and "95%" in page


def test_a_suggestion_is_used_in_one_click(admin_client, multilingual_site):
    theme = multilingual_site["theme"]
    translation = translation_of(theme, "en")
    translate_texts(translation, {"title": "Energy", "summary": "Summary of Energy."})
    change_summary_and_sync(theme, "Résumé de l'Énergie.")
    [text] = suggestions_for(translation)

    response = admin_client.post(
        reverse("translation_memory_suggestions", args=[translation.pk]), {"segment": text.segment_id, "translation": "Summary of Energy."}
    )

    assert response.status_code == 302
    assert {entry.msgctxt: entry.msgstr for entry in translation.export_po() if not entry.obsolete}["summary"] == "Summary of Energy."
    assert suggestions_for(translation) == []


def test_identical_texts_translated_elsewhere_are_filled_in(admin_client, multilingual_site):
    translate_texts(translation_of(multilingual_site["theme"], "en"), {"summary": "Summary of Energy."})
    twin = ThemePageFactory(parent=multilingual_site["theme_index"], title="Énergie solaire", summary="Résumé de Énergie.")
    english = translate(twin, "en", publish=False)

    admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))  # the translator opens it

    entries = {entry.msgctxt: entry.msgstr for entry in translation_of(twin, "en").export_po()}
    assert entries["summary"] == "Summary of Energy."
    assert entries["title"] == ""  # no other page has this title


def test_similar_texts_are_suggested_with_their_similarity(multilingual_site):
    translate_texts(translation_of(multilingual_site["theme"], "es"), {"title": "Energía", "summary": "Resumen de Energía."})
    cousin = ThemePageFactory(parent=multilingual_site["theme_index"], title="Énergies", summary="Résumé d'Énergie.")
    translate(cousin, "es", publish=False)

    suggestions = {text.source: text.suggestions for text in suggestions_for(translation_of(cousin, "es"))}

    assert [(item.source, item.translation, round(100 * item.similarity)) for item in suggestions["Énergies"]] == [("Énergie", "Energía", 93)]
    assert [(item.translation, round(100 * item.similarity)) for item in suggestions["Résumé d'Énergie."]] == [("Resumen de Energía.", 91)]


def test_the_similar_texts_are_read_in_a_fixed_number_of_queries(multilingual_site):
    cousin = ThemePageFactory(parent=multilingual_site["theme_index"], title="Énergies", summary="Résumé d'Énergie.")
    translate(cousin, "es", publish=False)
    translation = translation_of(cousin, "es")
    suggestions_for(translation)  # reads the translation's source and language once

    def queries():
        with CaptureQueriesContext(connection) as captured:
            suggestions_for(translation)
        return len(captured.captured_queries)

    few = queries()
    for number in range(8):
        page = ThemePageFactory(parent=multilingual_site["theme_index"], title=f"Énergie {number}")
        translate(page, "es", publish=False)
        translate_texts(translation_of(page, "es"), {"title": f"Energía {number}"})

    assert len(suggestions_for(translation)[0].suggestions) == 3  # the three most similar of nine
    assert queries() == few == 3
