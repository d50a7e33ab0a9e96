"""Admin of the promoted search results (*Settings → Promoted search results*), per language.

An editor chooses the language first; the page chooser then lists the live pages of that
language only, each with its own title. The views use the model permissions
``search.add_promotion``, ``search.change_promotion`` and ``search.delete_promotion``.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm, SearchFilterMixin
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import Column, LocaleColumn
from wagtail.admin.views.chooser import ParentPageColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from core.pagination import positive_int

from .admin_forms import PerLanguageForm
from .models import PromotedPage, Promotion, language_name

# The chooser's URL carries the id of the language chosen in the promotion's form.
LANGUAGE_PARAMETER = "locale"


class PageSearchForm(SearchFilterMixin, BaseFilterForm):
    """The chooser's search box, without Wagtail's own language filter: the form's language decides."""


class LivePagesOfOneLanguage:
    """Chooser listing: the live pages of the language the promotion's form names, and nothing else."""

    ordering = ["title", "pk"]
    filter_form_class = PageSearchForm

    def get_object_list(self):
        locale_id = positive_int(self.request.GET.get(LANGUAGE_PARAMETER, ""))
        if not locale_id:
            return Page.objects.none()
        return Page.objects.live().filter(locale_id=locale_id, depth__gt=1).select_related("locale")

    @property
    def columns(self):
        return [self.title_column, ParentPageColumn("parent", label=_("Section")), LocaleColumn(sort_key=None)]


class ChooseLivePageView(LivePagesOfOneLanguage, chooser_views.ChooseView):
    pass


class ChooseLivePageResultsView(LivePagesOfOneLanguage, chooser_views.ChooseResultsView):
    pass


class PromotedPageChooserViewSet(ChooserViewSet):
    model = Page
    icon = "doc-empty-inverse"
    choose_one_text = _("Choose a published page")
    choose_another_text = _("Choose another page")
    choose_view_class = ChooseLivePageView
    choose_results_view_class = ChooseLivePageResultsView
    preserve_url_parameters = ["multiple", LANGUAGE_PARAMETER]
    # Every other page chooser of the admin stays Wagtail's tree browser.
    register_widget = False


promoted_page_chooser_viewset = PromotedPageChooserViewSet("promoted_page_chooser", url_prefix="promoted-page-chooser")


class PromotionForm(PerLanguageForm):
    """A new promotion starts in the source language, so that the page chooser has a language to list;
    each page must be a live page of the promotion's language (``PromotedPage.problem_with``)."""

    def clean(self):
        cleaned_data = super().clean()
        locale = cleaned_data.get("locale")
        for form in self.formsets["pages"].forms if locale else []:
            page = form.cleaned_data.get("page") if form.is_valid() else None
            problem = PromotedPage.problem_with(page, locale) if page and not form.cleaned_data.get("DELETE") else None
            if problem:
                form.add_error("page", problem)
        return cleaned_data


def promotion_panels():
    page_chooser = promoted_page_chooser_viewset.widget_class(linked_fields={LANGUAGE_PARAMETER: "#id_locale"})
    return ObjectList(
        [
            FieldPanel("locale"),
            FieldPanel("query_string"),
            InlinePanel(
                "pages",
                label=_("Promoted pages"),
                min_num=1,
                panels=[
                    FieldPanel("page", widget=page_chooser),
                    FieldPanel("description", widget=forms.Textarea(attrs={"rows": 2})),
                ],
            ),
        ],
        base_form_class=PromotionForm,
    )


class PromotedPagesColumn(Column):
    def get_value(self, instance):
        return ", ".join(row.page.title for row in instance.pages.all())


class PromotionIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("locale").prefetch_related("pages__page")


class PromotionViewSet(ModelViewSet):
    model = Promotion
    icon = "pick"
    menu_label = _("Promoted search results")
    menu_name = "promoted-results-per-language"  # Wagtail's own item, hidden, is "promoted-search-results"
    menu_order = 900
    add_to_settings_menu = True
    url_prefix = "promoted-results"
    name = "promoted_results"
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = [
        "query_string",
        Column("language", label=_("Language"), accessor=lambda promotion: language_name(promotion.locale)),
        PromotedPagesColumn("pages", label=_("Promoted pages")),
    ]
    list_filter = ["locale"]
    search_fields = ["query_string"]
    ordering = ["locale", "query_string"]

    index_view_class = PromotionIndexView

    def get_edit_handler(self):
        return promotion_panels().bind_to_model(self.model)


promotion_viewset = PromotionViewSet()
