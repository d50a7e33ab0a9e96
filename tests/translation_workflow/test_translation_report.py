"""The "Translations by page" report: missing, in progress, out of date or published, per language."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from tests.factories import FactSheetPageFactory, ThemePageFactory, translate
from translation_workflow.report import build_report

from .po import translate_every_string, translation_of


def statuses(rows, title):
    [row] = [row for row in rows if row.title == title]
    return {cell.locale.language_code: (cell.status, cell.progress) for cell in row.statuses}


def test_each_language_of_a_page_gets_its_status(all_locales, site_tree):
    for code in ("en", "es", "pt"):
        translate(site_tree["home"], code)
        translate(site_tree["theme_index"], code)
    energy = ThemePageFactory(parent=site_tree["theme_index"], title="Énergie")
    translate(energy, "en")
    translate_every_string(translation_of(energy, "en"), "[en]")  # complete and live
    translate(energy, "es", publish=False)  # a draft

    rows = build_report()

    assert statuses(rows, "Énergie") == {
        "en": ("published", 100),
        "es": ("in_progress", 0),
        "pt": ("missing", None),
        "ar": ("missing", None),
        "zh-hans": ("missing", None),
    }


def test_a_translation_is_out_of_date_when_the_french_page_changed_since_the_last_sync(all_locales, site_tree):
    translate(site_tree["home"], "pt")
    translate(site_tree["theme_index"], "pt")
    mobility = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")
    translate(mobility, "pt")
    translate_every_string(translation_of(mobility, "pt"), "[pt]")
    assert statuses(build_report(), "Mobilité")["pt"] == ("published", 100)

    mobility.summary = "Un résumé réécrit."
    mobility.save_revision().publish()

    assert statuses(build_report(), "Mobilité")["pt"] == ("out_of_date", 100)

    # Syncing brings the new summary in: it now waits for its translation.
    translation_of(mobility, "pt").source.update_from_db()
    assert statuses(build_report(), "Mobilité")["pt"][0] == "in_progress"


def test_a_live_translation_with_untranslated_texts_is_in_progress(all_locales, site_tree):
    translate(site_tree["home"], "en")
    translation = translation_of(site_tree["home"], "en")
    po = translation.export_po()
    po[0].msgstr = "Vivapolis (EN)"
    translation.import_po(po)

    [home_row] = [row for row in build_report() if row.title == "Vivapolis"]
    english = home_row.statuses[0]

    assert english.locale.language_code == "en"
    assert english.status == "in_progress"
    assert 0 < english.progress < 100


def test_report_page_lists_pages_and_filters_by_language_and_status(admin_client, all_locales, site_tree):
    translate(site_tree["home"], "es")
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Tramway de Tours")

    response = admin_client.get(reverse("translation_status_report"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tramway de Tours" in html
    assert 'data-locale="zh-hans" data-status="missing"' in html
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[site_tree["home"].pk])
    assert f"{submit_url}?select_locale=ar" in html.replace("&amp;", "&")

    only_spanish = admin_client.get(reverse("translation_status_report"), {"locale": "es", "status": "in_progress"})
    rows = only_spanish.context["rows"]
    assert [row.title for row in rows] == ["Vivapolis"]
    assert [cell.locale.language_code for cell in rows[0].statuses] == ["es"]


def test_report_is_in_the_reports_menu_for_editors(admin_client, all_locales, site_tree):
    response = admin_client.get(reverse("wagtailadmin_home"))

    assert reverse("translation_status_report") in response.content.decode()


def test_report_query_count_does_not_grow_with_the_number_of_pages(all_locales, site_tree):
    for code in ("en", "es"):
        translate(site_tree["home"], code)
        translate(site_tree["theme_index"], code)

    def add_themes(count):
        for _number in range(count):
            theme = ThemePageFactory(parent=site_tree["theme_index"])
            translate(theme, "en")
            translate(theme, "es", publish=False)

    add_themes(3)
    with CaptureQueriesContext(connection) as few:
        assert len(build_report()) == 9
    add_themes(15)
    with CaptureQueriesContext(connection) as many:
        assert len(build_report()) == 24

    assert len(many.captured_queries) == len(few.captured_queries) <= 10
    assert Locale.objects.count() == 6
