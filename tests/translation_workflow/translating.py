"""Helpers of the completeness, report and memory tests: a translator's work, field by field."""

from django.urls import reverse


def translate_texts(translation, texts):
    """Translate the texts of ``translation`` at the given places (``{"title": "Energy"}``), as an uploaded PO file would."""
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt in texts:
            entry.msgstr = texts[entry.msgctxt]
    translation.import_po(po)


def publish_in_editor(client, page):
    """The translation editor's "Publish" button; the answer, redirects followed."""
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}, follow=True)


def shown_messages(response):
    return [str(message) for message in response.context["messages"]] if response.context else []
