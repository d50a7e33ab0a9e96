"""Helpers to exchange PO files with the translation editor, like an outside translator would."""

import polib
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation


def translation_of(page, language_code):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=Locale.objects.get(language_code=language_code))


def download_po(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload_po(client, translation, content, name="page.po"):
    """Upload ``content`` (a POFile, text or bytes); return the messages the editor sees."""
    if isinstance(content, polib.POFile):
        content = str(content)
    if isinstance(content, str):
        content = content.encode()
    page = translation.get_target_instance()
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile(name, content, content_type="text/x-gettext-translation"), "next": reverse("wagtailadmin_pages:edit", args=[page.pk])},
    )
    assert response.status_code == 302
    return [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]


def publish_translation(client, translation):
    """What the translator's "Publish" button in the translation editor does."""
    page = translation.get_target_instance()
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"})
    assert response.status_code == 302


def translate_every_string(translation, prefix):
    """Fill every text of ``translation`` (through a PO file) and publish it; the slug stays as it is."""
    po = translation.export_po()
    for entry in po:
        entry.msgstr = entry.msgid if entry.msgctxt == "slug" else f"{prefix} {entry.msgid}"
    translation.import_po(po)
    translation.save_target(publish=True)
