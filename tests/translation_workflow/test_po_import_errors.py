"""A malformed or mismatched PO file gets a clear message and changes nothing."""

import pytest
from wagtail_localize.models import StringTranslation

from .po import download_po, publish_translation, translation_of, upload_po


@pytest.fixture
def spanish_theme(admin_client, multilingual_site):
    translation = translation_of(multilingual_site["theme"], "es")
    return translation, download_po(admin_client, translation)


def assert_nothing_changed(admin_client, client, translation):
    assert not StringTranslation.objects.filter(locale__language_code="es").exists()
    publish_translation(admin_client, translation)
    assert ">Énergie<" in client.get("/es/thematiques/energie/").content.decode()


def fill(po, text):
    for entry in po:
        entry.msgstr = text
    return po


def test_a_file_with_a_syntax_error(admin_client, client, spanish_theme):
    translation, po = spanish_theme
    broken = str(fill(po, "Energía")).replace('msgstr "Energía"', 'msgstr "Energía', 1)

    [(level, text)] = upload_po(admin_client, translation, broken)

    assert level == "error"
    assert text.startswith("Nothing was imported. This is not a valid PO file")
    assert "line" in text
    assert_nothing_changed(admin_client, client, translation)


def test_a_file_that_is_not_text(admin_client, client, spanish_theme):
    translation, _po = spanish_theme

    [(level, text)] = upload_po(admin_client, translation, b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", name="photo.po")

    assert (level, text) == ("error", "Nothing was imported. This is not a PO file: it is not UTF-8 text.")
    assert_nothing_changed(admin_client, client, translation)


def test_a_file_without_the_translation_header(admin_client, client, spanish_theme):
    translation, po = spanish_theme
    del po.metadata["X-WagtailLocalize-TranslationID"]

    [(level, text)] = upload_po(admin_client, translation, fill(po, "Energía"))

    assert level == "error"
    assert "does not say which translation it belongs to" in text
    assert_nothing_changed(admin_client, client, translation)


def test_a_file_made_for_another_page(admin_client, client, multilingual_site, spanish_theme):
    translation, _po = spanish_theme
    country_po = fill(download_po(admin_client, translation_of(multilingual_site["country"], "es")), "Marruecos")

    [(level, text)] = upload_po(admin_client, translation, country_po)

    assert (level, text) == ("error", "Nothing was imported. This PO file belongs to the translation of “Maroc” into Español, not to this one.")
    assert_nothing_changed(admin_client, client, translation)


def test_a_file_made_for_another_language(admin_client, client, multilingual_site, spanish_theme):
    translation, _po = spanish_theme
    portuguese_po = fill(download_po(admin_client, translation_of(multilingual_site["theme"], "pt")), "Energia")

    [(level, text)] = upload_po(admin_client, translation, portuguese_po)

    assert (level, text) == ("error", "Nothing was imported. This PO file belongs to the translation of “Énergie” into Português, not to this one.")
    assert_nothing_changed(admin_client, client, translation)


def test_a_file_made_for_an_older_version_of_the_page(admin_client, client, spanish_theme):
    translation, po = spanish_theme
    fill(po, "Energía")
    po[0].msgid = "Un ancien titre"

    [(level, text)] = upload_po(admin_client, translation, po)

    assert level == "error"
    assert text.startswith("Nothing was imported. 1 text in this file is not in the current version of the page (“Un ancien titre”)")
    assert_nothing_changed(admin_client, client, translation)


def test_no_file_at_all(admin_client, client, spanish_theme):
    translation, _po = spanish_theme
    from django.contrib.messages import get_messages
    from django.urls import reverse

    response = admin_client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]))

    assert response.status_code == 302
    assert [str(message) for message in get_messages(response.wsgi_request)] == ["Nothing was imported. Choose a PO file to upload."]
    assert_nothing_changed(admin_client, client, translation)


def test_messages_are_in_the_translators_own_language(admin_client, admin_user, spanish_theme):
    from wagtail.users.models import UserProfile

    translation, _po = spanish_theme
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()

    [(level, text)] = upload_po(admin_client, translation, b"hello\n")

    assert level == "error"
    assert text.startswith("Rien n'a été importé. Ce fichier PO n'est pas valide\u00a0: la ligne 1")
