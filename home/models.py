from django.db import models
from django.utils import timezone
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

from core import site_wide_cache
from core.blocks import RICH_TEXT_FEATURES
from core.collation import sorted_by_title
from core.fallback import best_versions
from core.models import TranslatableOrderable, optional_image, optional_page
from core.routing import DirectRoutingMixin
from core.visibility import public
from countries.models import CountryPage
from news.models import EventPage, NewsPage
from showcase.models import FactSheetPage
from themes.models import ThemePage


class HomePage(DirectRoutingMixin, Page):
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
        "showcase.OrganisationIndexPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "core.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def shown(self, queryset):
        """``queryset`` as a visitor of this page's language sees it: one version per page, theirs or the best fallback."""
        return best_versions(queryset, self.locale.language_code)

    def featured(self):
        """The featured fact sheets, in this page's language or their best fallback, in the chosen order."""
        order = [link.fact_sheet_id for link in self.featured_fact_sheets.all()]
        keys = dict(Page.objects.filter(pk__in=order).values_list("pk", "translation_key"))
        position = {keys[pk]: index for index, pk in enumerate(order) if pk in keys}
        chosen = self.shown(FactSheetPage.objects.for_listing().filter(translation_key__in=position))
        return sorted(chosen, key=lambda page: position.get(page.translation_key, len(position)))

    def listings(self):
        """What the home page lists, each in its language or the best fallback."""
        return {
            "featured_fact_sheets": self.featured(),
            "themes": list(self.shown(public(ThemePage.objects.live())).select_related("listing_image").order_by("path")),
            "countries": sorted_by_title(self.shown(public(CountryPage.objects.live())).select_related("locale"), self.locale.language_code),
            "latest_news": list(self.shown(public(NewsPage.objects.live())).order_by("-date", "pk")[:3]),
            "upcoming_events": list(self.shown(EventPage.objects.upcoming())[:3]),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):  # an editor's unsaved changes are never shared
            context.update(self.listings())
        else:
            # Read again once any page changes (core.site_wide_cache) and every day, for the upcoming events.
            name = f"home-listings:{self.pk}:{timezone.localdate().isoformat()}"
            context.update(site_wide_cache.remember(name, self.listings))
            context["listings_fragment"] = name
        return context


class HomeFeaturedFactSheet(TranslatableOrderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_fact_sheets")
    fact_sheet = models.ForeignKey(FactSheetPage, verbose_name=_("fact sheet"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("fact_sheet")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("featured fact sheet")
        verbose_name_plural = _("featured fact sheets")
