from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from showcase.models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "acronym", "sector", "kind", "is_member"]
    list_filter = ["sector", "kind", "is_member", "locale"]
    search_fields = ["name", "acronym"]


register_snippet(OrganisationViewSet)


@hooks.register("register_admin_urls")
def register_translation_admin_urls():
    from showcase import po_import, translate_theme, translation_report

    return [
        path("translate-theme/<int:page_id>/", translate_theme.TranslateThemeView.as_view(), name="translate_theme_with_fact_sheets"),
        path("reports/translations-by-page/", translation_report.TranslationStatusReportView.as_view(), name="translation_status_report"),
        # Same address as wagtail-localize's upload view, which it replaces: this app's hooks run first.
        path("localize/translate/<int:translation_id>/pofile/upload/", po_import.upload_po_file, name="checked_upload_pofile"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_report_menu_item():
    return MenuItem(_("Translations by page"), reverse("translation_status_report"), icon_name="site", order=9001)


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def register_theme_translation_buttons(page, user, view_name=None, next_url=None):
    from showcase.translate_theme import theme_translation_buttons

    yield from theme_translation_buttons(page, user, view_name, next_url)
