from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import RICH_TEXT_FEATURES
from core.models import TranslatableOrderable, optional_image, optional_page
from countries.models import CountryPage
from news.models import EventPage, NewsPage
from showcase.models import FactSheetPage
from themes.models import ThemePage


class HomePage(Page):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), max_length=500, blank=True)
    hero_image = optional_image(_("hero image"))
    hero_cta_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    hero_cta_page = optional_page(_("hero button page"))
    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    # The hero button leads to the page's translation in the home page's language.
    override_translatable_fields = [TranslatableField("hero_cta_page")]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                PageChooserPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        InlinePanel("featured_fact_sheets", label=_("Fact sheet"), heading=_("Featured fact sheets"), max_num=6),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text"), index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "themes.ThemeIndexPage",
        "showcase.FactSheetIndexPage",
        "countries.CountryIndexPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "core.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def featured(self):
        """Featured fact sheets in this page's language; a missing translation is skipped."""
        links = self.featured_fact_sheets.select_related("fact_sheet")
        pages = []
        for link in links:
            page = link.fact_sheet.localized
            if page.live and page.locale_id == self.locale_id:
                pages.append(page)
        return pages

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured_ids = [page.pk for page in self.featured()]
        context["featured_fact_sheets"] = FactSheetPage.objects.for_listing().filter(pk__in=featured_ids)
        in_site = {"locale_id": self.locale_id}
        context["themes"] = ThemePage.objects.live().public().filter(**in_site).descendant_of(self).select_related("listing_image")
        context["countries"] = CountryPage.objects.live().public().filter(**in_site).descendant_of(self).order_by("title")
        context["latest_news"] = NewsPage.objects.live().public().filter(**in_site).order_by("-date")[:3]
        context["upcoming_events"] = EventPage.objects.upcoming().filter(**in_site)[:3]
        return context


class HomeFeaturedFactSheet(TranslatableOrderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_fact_sheets")
    fact_sheet = models.ForeignKey(FactSheetPage, verbose_name=_("fact sheet"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("fact_sheet")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("featured fact sheet")
        verbose_name_plural = _("featured fact sheets")
