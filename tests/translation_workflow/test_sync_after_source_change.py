"""After the French page changes, "Sync translated pages" brings the change to every translation;
"publish immediately" never puts the new French text on a live translation."""

from django.urls import reverse

from translation_workflow.report import build_report

from .po import translate_every_string, translation_of


def english_status(title):
    [row] = [row for row in build_report() if row.title == title]
    return {cell.locale.language_code: cell.status for cell in row.statuses}["en"]


def test_sync_keeps_translated_texts_and_brings_the_new_ones(admin_client, client, multilingual_site):
    theme = multilingual_site["theme"]
    translation = translation_of(theme, "en")
    translate_every_string(translation, "[en]")
    assert "[en] Énergie" in client.get("/en/thematiques/energie/").content.decode()

    theme.summary = "Une coopération renouvelée sur l'énergie."
    theme.save_revision().publish()
    assert english_status("Énergie") == "out_of_date"
    assert "coopération renouvelée" not in client.get("/en/thematiques/energie/").content.decode()

    response = admin_client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]), {"publish_translations": "on"}
    )

    assert response.status_code == 302
    english = client.get("/en/thematiques/energie/").content.decode()
    assert "[en] Énergie" in english  # the translated title is kept
    assert "coopération renouvelée" not in english  # incomplete: left unpublished for its translator
    assert english_status("Énergie") == "in_progress"
