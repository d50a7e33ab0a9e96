"""The report's percentages count the texts visitors see: the slug and hidden fields are left out."""

from translation_workflow.report import build_report

from .po import translation_of
from .translating import translate_texts


def english(title):
    [row] = [row for row in build_report() if row.title == title]
    [cell] = [cell for cell in row.statuses if cell.locale.language_code == "en"]
    return cell.status, cell.progress


def test_a_live_translation_with_every_visible_text_translated_is_published_at_100_percent(multilingual_site):
    translate_texts(translation_of(multilingual_site["theme"], "en"), {"title": "Energy", "summary": "Energy, in short."})

    assert english("Énergie") == ("published", 100)  # its slug was never translated


def test_the_percentage_is_over_visible_texts(multilingual_site):
    translate_texts(translation_of(multilingual_site["theme"], "en"), {"title": "Energy", "slug": "energy"})

    assert english("Énergie") == ("in_progress", 50)  # title and summary count, the slug does not
