from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock
from core.facets import Facet
from core.fallback import best_versions
from core.models import IndexPage, ListingMixin, TranslatableOrderable
from core.visibility import visible_to_visitors
from showcase.listing import BookletMixin, FactSheetListingMixin
from showcase.models import FactSheetPage, FiledFactSheetsMixin


class ThemeIndexPage(IndexPage):
    subpage_types = ["themes.ThemePage", "themes.ProgrammePage"]

    class Meta:
        verbose_name = _("theme index")
        verbose_name_plural = _("theme indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        language = self.locale.language_code
        context["themes"] = best_versions(visible_to_visitors(ThemePage.objects.all()), language).order_by("path")
        context["programmes"] = best_versions(visible_to_visitors(ProgrammePage.objects.all()), language).order_by("path")
        return context


class FactSheetSectionPage(FiledFactSheetsMixin, FactSheetListingMixin, ListingMixin, Page):
    """A page of the theme section that fact sheets are filed under and that lists them (a theme, a programme)."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["themes.ThemeIndexPage"]
    subpage_types = []
    facet_values = ()  # found by the site search, filed under no other option

    class Meta:
        abstract = True


class ThemePage(BookletMixin, FactSheetSectionPage):
    icon = models.CharField(
        _("icon"),
        max_length=60,
        blank=True,
        help_text=_("Name of a State design system icon, for example 'leaf-line'."),
    )

    override_translatable_fields = [SynchronizedField("icon")]

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            FieldPanel("icon"),
            FieldPanel("body"),
            InlinePanel("key_questions", label=_("Key questions"), heading=_("Key questions")),
        ]
    )
    search_fields = Page.search_fields + ListingMixin.listing_search_fields + [
        index.SearchField("body"),
    ]

    facet = Facet("theme", _("Theme"), 10)
    fact_sheet_facets = ("country", "programme")

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    translation_companions_label = _("Translate with its fact sheets")

    def translation_companions(self):
        """The fact sheets filed under this theme, translated with it (see translation_workflow)."""
        return FactSheetPage.objects.filter(locale_id=self.locale_id, theme_links__theme=self).distinct().order_by("title")

    def related_themes(self):
        """The other themes, in this page's language or their best fallback."""
        others = visible_to_visitors(ThemePage.objects.exclude(translation_key=self.translation_key))
        return best_versions(others, self.locale.language_code).select_related("locale").order_by("path")


class ThemeKeyQuestion(TranslatableOrderable):
    page = ParentalKey(ThemePage, on_delete=models.CASCADE, related_name="key_questions")
    question = models.CharField(_("question"), max_length=250)

    panels = [FieldPanel("question")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("key question")
        verbose_name_plural = _("key questions")


class ProgrammePage(FactSheetSectionPage):
    class Status(models.TextChoices):
        OPEN = "open", _("Open for applications")
        RUNNING = "running", _("Under way")
        CLOSED = "closed", _("Closed")

    acronym = models.CharField(_("acronym"), max_length=20, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RUNNING)
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)

    override_translatable_fields = [SynchronizedField("acronym")]

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("acronym"),
                    FieldPanel("status"),
                    FieldPanel("start_year"),
                    FieldPanel("end_year"),
                    FieldPanel("website"),
                ],
                heading=_("Programme"),
            ),
            FieldPanel("body"),
        ]
    )
    search_fields = Page.search_fields + ListingMixin.listing_search_fields + [
        index.SearchField("acronym", boost=3),
        index.SearchField("body"),
    ]

    facet = Facet("programme", _("Programme"), 30)
    fact_sheet_facets = ("theme", "country")

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")


