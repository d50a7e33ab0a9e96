"""The search in the admin: promoted results and synonyms per language, the query log (most searched terms and
searches that found nothing)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .admin_promotions import promoted_page_chooser_viewset, promotion_viewset
from .admin_synonyms import synonym_viewset
from .models import Promotion, SearchTerm, Synonym


class SearchTermViewSet(ModelViewSet):
    model = SearchTerm
    icon = "search"
    menu_label = _("Search terms")
    url_prefix = "search-terms"
    name = "search_terms"
    add_to_admin_menu = False
    copy_view_enabled = False
    list_display = ["query_string", "language_code", "hits", "no_result_hits", "last_result_count", "last_searched_at"]
    list_filter = ["language_code"]
    ordering = ["-hits", "query_string"]
    search_fields = ["query_string"]
    form_fields = []

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{"add_url_name": None, **kwargs})


register_permission_policy(SearchTerm, ModelPermissionPolicy(SearchTerm))
register_permission_policy(Promotion, ModelPermissionPolicy(Promotion))
register_permission_policy(Synonym, ModelPermissionPolicy(Synonym))
search_term_viewset = SearchTermViewSet()


@hooks.register("register_admin_viewset")
def register_search_term_viewset():
    return search_term_viewset


@hooks.register("register_admin_viewset")
def register_promotion_viewsets():
    return [promoted_page_chooser_viewset, promotion_viewset, synonym_viewset]


@hooks.register("construct_settings_menu")
def hide_wagtails_promotions(request, menu_items):
    """Wagtail's promoted results know no language; the site's own (above) have one per promotion."""
    menu_items[:] = [item for item in menu_items if item.name != "promoted-search-results"]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchterm")


@hooks.register("register_reports_menu_item")
def register_most_searched_report():
    return SearchTermsMenuItem(
        _("Most searched terms"), reverse("search_terms:index"), icon_name="search", order=800
    )


@hooks.register("register_reports_menu_item")
def register_no_result_report():
    return SearchTermsMenuItem(
        _("Searches with no result"),
        reverse("search_terms:index") + "?ordering=-no_result_hits",
        icon_name="warning",
        order=801,
    )


@hooks.register("construct_reports_menu")
def hide_wagtails_query_report(request, menu_items):
    """The site keeps one query log, per language with the searches that found nothing (above);
    Wagtail's own "Search terms" report would stay empty."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
