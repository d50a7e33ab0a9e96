"""An outside translator downloads the PO file, fills it, uploads it: the published page changes."""

from wagtail_localize.models import StringTranslation

from .po import download_po, publish_translation, translation_of, upload_po


def test_export_edit_import_publish_changes_the_visible_page(admin_client, client, multilingual_site):
    translation = translation_of(multilingual_site["theme"], "es")
    assert "Energía" not in client.get("/es/thematiques/energie/").content.decode()

    po = download_po(admin_client, translation)
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    entries = {entry.msgctxt: entry for entry in po}
    assert entries["title"].msgid == "Énergie"
    entries["title"].msgstr = "Energía"
    entries["summary"].msgstr = "Resumen de la energía."

    messages = upload_po(admin_client, translation, po)

    assert messages == [("success", "Imported 2 translated texts from the PO file.")]
    assert "Energía" not in client.get("/es/thematiques/energie/").content.decode()  # imported, not yet published

    publish_translation(admin_client, translation)

    html = client.get("/es/thematiques/energie/").content.decode()  # published before: its address stays
    assert "<h1>Energía</h1>" in html or ">Energía<" in html
    assert "Resumen de la energía." in html
    assert "Energía" not in client.get("/fr/thematiques/energie/").content.decode()
    assert StringTranslation.objects.filter(locale__language_code="es", data="Energía").count() == 1


def test_translations_marked_fuzzy_are_left_out(admin_client, client, multilingual_site):
    translation = translation_of(multilingual_site["theme"], "es")
    po = download_po(admin_client, translation)
    entries = {entry.msgctxt: entry for entry in po}
    entries["title"].msgstr = "Energía"
    entries["summary"].msgstr = "Resumen dudoso."
    entries["summary"].flags.append("fuzzy")

    messages = upload_po(admin_client, translation, po)

    assert messages == [
        ("success", "Imported 1 translated text from the PO file."),
        ("warning", "1 translation marked as fuzzy (unsure) was left out: confirm it and upload the file again."),
    ]
    assert not StringTranslation.objects.filter(data="Resumen dudoso.").exists()
    assert StringTranslation.objects.filter(locale__language_code="es", data="Energía").exists()
