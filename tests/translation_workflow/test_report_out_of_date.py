""""Out of date" means a text of the French page changed since the last sync, not that it was published again."""

from django.urls import reverse
from wagtail_localize.models import TranslationSource

from translation_workflow.report import build_report


def statuses(title):
    [row] = [row for row in build_report() if row.title == title]
    return {cell.locale.language_code: cell.status for cell in row.statuses}


def out_of_date_pages():
    return sorted(row.title for row in build_report() if any(cell.status == "out_of_date" for cell in row.statuses))


def test_publishing_an_unchanged_page_again_marks_nothing_out_of_date(multilingual_site):
    theme = multilingual_site["theme"]

    theme.save_revision().publish()

    assert out_of_date_pages() == []


def test_saving_a_reverted_draft_marks_nothing_out_of_date(multilingual_site):
    theme = multilingual_site["theme"]
    published = theme.save_revision()
    published.publish()
    theme.summary = "Un brouillon abandonné."
    theme.save_revision()

    published.as_object().save_revision()  # "Revert to this revision", saved as a draft

    assert out_of_date_pages() == []


def test_changing_a_french_text_marks_exactly_that_page_out_of_date_in_every_language(multilingual_site):
    theme = multilingual_site["theme"]
    theme.summary = "Une coopération renouvelée sur l'énergie."
    theme.save_revision().publish()

    assert out_of_date_pages() == ["Énergie"]
    assert statuses("Énergie") == dict.fromkeys(["en", "es", "pt", "ar", "zh-hans"], "out_of_date")


def test_after_the_sync_the_translations_are_no_longer_out_of_date(multilingual_site):
    theme = multilingual_site["theme"]
    theme.summary = "Une coopération renouvelée sur l'énergie."
    theme.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(theme)
    [sync_url] = {cell.action_url for row in build_report() if row.title == "Énergie" for cell in row.statuses}
    assert sync_url == reverse("wagtail_localize:update_translations", args=[source.pk])

    source.update_from_db()  # what "Sync translated pages" does

    assert out_of_date_pages() == []
    assert statuses("Énergie")["en"] == "in_progress"  # the new summary waits for its translation
