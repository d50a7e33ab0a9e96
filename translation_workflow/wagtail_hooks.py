"""Admin wiring of the translation workflow: its views, its report, its page buttons."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translation_workflow import companions, po_import, report


@hooks.register("register_admin_urls")
def register_translation_admin_urls():
    return [
        path(
            "translate-with-companions/<int:page_id>/",
            companions.TranslateWithCompanionsView.as_view(),
            name="translate_with_companions",
        ),
        path("reports/translations-by-page/", report.TranslationStatusReportView.as_view(), name="translation_status_report"),
        # Same address as wagtail-localize's upload view, which it replaces: this app's hooks run first.
        path("localize/translate/<int:translation_id>/pofile/upload/", po_import.upload_po_file, name="checked_upload_pofile"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_report_menu_item():
    return MenuItem(_("Translations by page"), reverse("translation_status_report"), icon_name="site", order=9001)


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def register_translate_with_companions_buttons(page, user, view_name=None, next_url=None):
    yield from companions.translate_with_companions_buttons(page, user)
