from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import site_wide_cache
from core.blocks import BaseStreamBlock
from core.collation import sorted_by_title
from core.facets import Facet
from core.fallback import best_version_ids, best_versions, translation_ids
from core.models import IndexPage, ListingMixin
from core.visibility import visible_to_visitors
from news.models import EventPage
from showcase.listing import BookletMixin
from showcase.models import FiledFactSheetsMixin


class WorldRegion(models.TextChoices):
    AFRICA = "africa", _("Sub-Saharan Africa")
    MEDITERRANEAN = "mediterranean", _("Mediterranean and Middle East")
    AMERICAS = "americas", _("Americas")
    EUROPE = "europe", _("Europe")
    ASIA = "asia", _("Asia and Pacific")


class CountryIndexPage(IndexPage):
    subpage_types = ["countries.CountryPage"]

    class Meta:
        verbose_name = _("country index")
        verbose_name_plural = _("country indexes")

    def countries_by_region(self):
        countries = best_versions(visible_to_visitors(CountryPage.objects.all()), self.locale.language_code).select_related("listing_image")
        labels = dict(WorldRegion.choices)
        grouped = {}
        for country in sorted_by_title(countries, self.locale.language_code):
            grouped.setdefault(country.region, []).append(country)
        return [(labels[code], grouped[code]) for code in WorldRegion.values if code in grouped]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = self.countries_by_region()
        return context


class CountryPage(BookletMixin, FiledFactSheetsMixin, ListingMixin, Page):
    iso_code = models.CharField(
        _("ISO code"),
        max_length=2,
        help_text=_("Two-letter ISO 3166-1 code, for example BR."),
    )
    region = models.CharField(_("region"), max_length=20, choices=WorldRegion.choices)
    cooperation = StreamField(
        BaseStreamBlock(),
        verbose_name=_("cooperation with France"),
        blank=True,
        help_text=_("What the network and French actors do in this country."),
    )

    override_translatable_fields = [SynchronizedField("iso_code")]

    content_panels = (
        Page.content_panels
        + [MultiFieldPanel([FieldPanel("iso_code"), FieldPanel("region")], heading=_("Country"))]
        + ListingMixin.listing_panels
        + [FieldPanel("cooperation")]
    )
    search_fields = Page.search_fields + ListingMixin.listing_search_fields + [
        index.SearchField("cooperation"),
        index.FilterField("iso_code"),
        index.FilterField("region"),
    ]

    parent_page_types = ["countries.CountryIndexPage"]
    subpage_types = []
    facet = Facet("country", _("Country"), 20)
    facet_values = ()

    class Meta:
        verbose_name = _("partner country")
        verbose_name_plural = _("partner countries")

    def clean(self):
        super().clean()
        self.iso_code = (self.iso_code or "").upper()

    def fact_sheets_by_theme(self):
        """Fact sheets grouped under each of their themes (in this page's language), themes in tree order."""
        fact_sheets = list(self.fact_sheets())
        theme_ids = {theme.pk for fact_sheet in fact_sheets for theme in fact_sheet.themes()}
        shown_theme_ids = best_version_ids(theme_ids, self.locale.language_code)
        themes = Page.objects.select_related("locale").in_bulk(set(shown_theme_ids.values()))
        groups = {}
        for fact_sheet in fact_sheets:
            for theme in fact_sheet.themes():
                shown = themes.get(shown_theme_ids.get(theme.pk))
                if shown is not None and fact_sheet not in groups.setdefault(shown, []):
                    groups[shown].append(fact_sheet)
        return sorted(groups.items(), key=lambda item: item[0].path)

    def upcoming_events(self):
        events = EventPage.objects.upcoming().filter(country_id__in=translation_ids([self.pk]))
        return best_versions(events, self.locale.language_code)

    def listings(self):
        return {"fact_sheets_by_theme": self.fact_sheets_by_theme(), "upcoming_events": list(self.upcoming_events())}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):  # an editor's unsaved changes are never shared
            context.update(self.listings())
        else:
            # Read again once any page changes (core.site_wide_cache) and every day, for the upcoming events.
            name = f"country-listings:{self.pk}:{timezone.localdate().isoformat()}"
            context.update(site_wide_cache.remember(name, self.listings))
            context["listings_fragment"] = name
        return context
