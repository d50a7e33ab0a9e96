"""Admin wiring of the translation workflow: its views, its report, its page buttons."""

from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.staticfiles import versioned_static
from wagtail.models import Page

from translation_workflow import (
    background_views,
    companions,
    completeness,
    completeness_views,
    in_step,
    memory_views,
    po_import,
    report,
    review,
    roles,
    workflow_names,
)
from translation_workflow.worklist import WorklistPanel, translating_locales


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
        # Same address as wagtail-localize's download view: the PO file with the translation memory's suggestions.
        path("localize/translate/<int:translation_id>/pofile/download/", po_import.download_po_file, name="po_download_with_suggestions"),
        path(
            "translations/<int:translation_id>/publish-incomplete/",
            completeness_views.PublishIncompleteView.as_view(),
            name="translation_publish_incomplete",
        ),
        path("translations/<int:translation_id>/suggestions/", memory_views.SuggestionsView.as_view(), name="translation_memory_suggestions"),
        path("translations/<int:page_id>/submit-for-review/", review.SubmitForReviewView.as_view(), name="submit_translation_for_review"),
        # Same addresses as wagtail-localize's "Stop Synced translation" and "Convert to alias page": publishers only.
        path("localize/translate/<int:translation_id>/disable/", roles.stop_synchronisation, name="stop_synchronisation"),
        path("localize/page/<int:page_id>/convert_to_alias/", roles.convert_to_alias, name="convert_translation_to_alias"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_report_menu_item():
    return MenuItem(_("Translations by page"), reverse("translation_status_report"), icon_name="site", order=9001)


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def register_translate_with_companions_buttons(page, user, view_name=None, next_url=None):
    yield from companions.translate_with_companions_buttons(page, user)


@hooks.register("construct_homepage_panels")
def add_translation_worklist_panel(request, panels):
    locales = translating_locales(request.user)
    if locales:
        panels.append(WorklistPanel(locales))


# Translators may edit draft translations, which Wagtail takes as the right to delete them: refused here.
@hooks.register("before_delete_page")
def refuse_deletion_without_publishing_rights(request, page):
    if not roles.may_delete(page, request.user):
        return permission_denied(request)


@hooks.register("before_bulk_action")
def refuse_bulk_deletion_without_publishing_rights(request, action_type, objects, action_class_instance):
    pages = [item for item in objects if isinstance(item, Page)]
    if action_type == "delete" and not all(roles.may_delete(page, request.user) for page in pages):
        return permission_denied(request)


@hooks.register("construct_page_listing_buttons")
def hide_delete_without_publishing_rights(buttons, page, user, context=None):
    if page.permissions_for_user(user).can_publish():
        return
    delete_url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    for button in buttons:
        if hasattr(button, "dropdown_buttons"):
            button.dropdown_buttons[:] = [item for item in button.dropdown_buttons if not (item.url or "").startswith(delete_url)]
    buttons[:] = [button for button in buttons if not (button.url or "").startswith(delete_url)]


# Completeness before publishing (completeness_views.py) and the translation memory (memory_views.py).
# order=-1: before wagtail-localize's own hook, which answers the translation editor's requests.
hooks.register("before_edit_page", completeness_views.refuse_incomplete_publish, order=-1)
hooks.register("before_edit_page", memory_views.offer_translation_memory, order=-1)
hooks.register("before_bulk_action", completeness_views.refuse_incomplete_bulk_publish)


@hooks.register("register_admin_viewset")
def register_page_views_with_completeness():
    return completeness_views.CompletenessPageViewSet()


@hooks.register("register_log_actions")
def register_publish_incomplete_log_action(actions):
    actions.register_action(completeness.LOG_ACTION)(completeness.PublishIncompleteFormatter)


# After Wagtail's own (order 0): its workflow history messages quote workflow and task names translated.
hooks.register("register_log_actions", workflow_names.translate_names_in_history, order=1)


@hooks.register("insert_editor_js")
def open_translation_editor_tab_js():
    return format_html('<script src="{}"></script>', versioned_static("translation_workflow/js/open_editor_tab.js"))


# Languages in step (translation_workflow/in_step.py): unpublishing a French page, right-to-left fields.
hooks.register("after_unpublish_page", in_step.unpublish_translations)
hooks.register("insert_editor_js", in_step.translation_direction_script)


@hooks.register("register_admin_urls")
def register_bulk_translation_urls():
    # Same addresses and names as wagtail-localize's views, which these replace, so that bulk
    # submissions and syncs run on the worker: this app's hooks run first (it comes before
    # wagtail_localize in INSTALLED_APPS), so its patterns match first.
    urls = [
        path(
            "submit/page/<int:page_id>/",
            background_views.SubmitPageTranslationInBackgroundView.as_view(),
            name="submit_page_translation",
        ),
        path(
            "update/<int:translation_source_id>/",
            background_views.SyncTranslationsInBackgroundView.as_view(),
            name="update_translations",
        ),
    ]
    return [path("localize/", include((urls, "background_localize")))]
