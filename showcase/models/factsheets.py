from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import site_wide_cache
from core.blocks import BaseStreamBlock
from core.facets import FacetValue
from core.fallback import best_versions, translation_ids
from core.models import IndexPage, ListingMixin, optional_page
from core.visibility import visible_link, visible_rows, visible_to_visitors
from showcase.listing import FactSheetListingMixin

from .fact_sheet_links import fact_sheet_links, shared_fact_sheet_links
from .fact_sheet_rows import FactSheetTheme

VISIBLE_THEME_LINKS = "visible_theme_links"


class FactSheetIndexPage(FactSheetListingMixin, IndexPage):
    subpage_types = ["showcase.FactSheetPage"]

    class Meta:
        verbose_name = _("fact sheet index")
        verbose_name_plural = _("fact sheet indexes")

    def fact_sheets(self):
        """Every fact sheet, each in this index's language or its best fallback (see core.fallback)."""
        return best_versions(FactSheetPage.objects.for_listing(), self.locale.language_code)

    def map_fact_sheets(self):
        """The fact sheets its map places: every one filed in this index."""
        return FactSheetPage.objects.for_listing().child_of(self)


class FactSheetQuerySet(PageQuerySet):
    def for_listing(self):
        """Fact sheets visitors may see, with what a card shows, in a constant number of queries.

        The place country and the programme are left ``None``, and themes left out, when visitors
        may not see them (``core.visibility``).
        """
        return (
            visible_to_visitors(self)
            .select_related("listing_image")
            .prefetch_related(
                "listing_image__renditions",
                visible_link("place_country"),
                visible_link("programme"),
                visible_rows("theme_links", FactSheetTheme.objects.all(), "theme", to_attr=VISIBLE_THEME_LINKS),
            )
            .order_by("-year_start", "title")
        )


FactSheetPageManager = PageManager.from_queryset(FactSheetQuerySet)


def coordinate(verbose_name, limit):
    """A latitude or longitude in degrees, to the micro-degree (about 10 cm)."""
    return models.DecimalField(
        verbose_name,
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-limit), MaxValueValidator(limit)],
    )


class FactSheetPage(ListingMixin, Page):
    """A "réalisation innovante": one achievement, its place, actors and results."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        REPLICATED = "replicated", _("Completed and replicated")

    is_example = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_("Shows a notice that this fact sheet is an illustrative example."),
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    region = models.CharField(_("region"), max_length=120, blank=True)
    place_country = optional_page(_("country"), page_type="countries.CountryPage", help_text=_("Leave empty for France."))
    latitude = coordinate(_("latitude"), 90)
    longitude = coordinate(_("longitude"), 180)
    year_start = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    year_end = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.COMPLETED)
    programme = optional_page(_("programme"), page_type="themes.ProgrammePage")
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    video_url = models.URLField(_("video address"), blank=True)
    video_title = models.CharField(_("video title"), max_length=200, blank=True)
    video_transcript = models.TextField(_("video transcript"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_organisation = models.CharField(_("contact organisation"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    objects = FactSheetPageManager()

    # Links to other pages follow the translation; figures that must not diverge stay in sync.
    override_translatable_fields = [
        TranslatableField("place_country"),
        TranslatableField("programme"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("video_url"),
        SynchronizedField("contact_email"),
    ]

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            FieldPanel("is_example"),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("city"), FieldPanel("region")]),
                    PageChooserPanel("place_country", page_type="countries.CountryPage"),
                    FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                ],
                heading=_("Place"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("year_start"), FieldPanel("year_end")]),
                    FieldPanel("status"),
                    PageChooserPanel("programme", page_type="themes.ProgrammePage"),
                ],
                heading=_("Period and programme"),
            ),
            InlinePanel("theme_links", label=_("Theme"), heading=_("Themes"), min_num=1),
            InlinePanel("country_links", label=_("Country"), heading=_("Countries where it is exported or replicable")),
            InlinePanel("actors", label=_("Actor"), heading=_("Actors")),
            InlinePanel("key_figures", label=_("Key figure"), heading=_("Key figures"), max_num=6),
            FieldPanel("body"),
            InlinePanel("gallery_images", label=_("Image"), heading=_("Gallery")),
            MultiFieldPanel(
                [FieldPanel("video_url"), FieldPanel("video_title"), FieldPanel("video_transcript")],
                heading=_("Video"),
            ),
            InlinePanel("documents", label=_("Document"), heading=_("Documents")),
            MultiFieldPanel(
                [FieldPanel("contact_name"), FieldPanel("contact_organisation"), FieldPanel("contact_email")],
                heading=_("Contact"),
            ),
        ]
    )
    search_fields = Page.search_fields + ListingMixin.listing_search_fields + [
        index.SearchField("city", boost=2),
        index.SearchField("region"),
        index.SearchField("body"),
        # A visitor who types a theme or a country ("économie circulaire", "Brésil") finds its fact sheets.
        index.SearchField("theme_and_country_names"),
        index.FilterField("year_start"),
        index.FilterField("status"),
        index.FilterField("programme"),
        index.FilterField("place_country"),
        index.RelatedFields("theme_links", [index.FilterField("theme_id")]),
        index.RelatedFields("country_links", [index.FilterField("country_id")]),
        index.SearchField("actor_names"),
    ]

    parent_page_types = ["showcase.FactSheetIndexPage"]
    subpage_types = []
    facet_values = (
        FacetValue("theme", "theme_links__theme_id", shown_in_results=True, title_indexed=True),
        FacetValue("country", "place_country_id", shown_in_results=True, title_indexed=True),
        FacetValue("country", "country_links__country_id", title_indexed=True),
        FacetValue("programme", "programme_id"),
        FacetValue("year", "year_start"),
    )

    class Meta:
        verbose_name = _("fact sheet")
        verbose_name_plural = _("fact sheets")

    def clean(self):
        super().clean()
        if self.year_start and self.year_end and self.year_end < self.year_start:
            raise ValidationError({"year_end": _("The end year cannot come before the start year.")})
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both the latitude and the longitude, or neither.")})

    @property
    def period(self):
        if self.year_start and self.year_end and self.year_end != self.year_start:
            return f"{self.year_start}–{self.year_end}"
        return str(self.year_start or self.year_end or "")

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def theme_and_country_names(self):
        """The titles of the themes and countries visitors may see (indexed: a draft's title finds nothing)."""
        pages = [*self.themes(), *self.countries()]
        if self.visible_place_country():
            pages.append(self.place_country)
        return " ".join(page.title for page in pages)

    def visible_place_country(self):
        """The country this fact sheet is placed in, when visitors may see it, else ``None``."""
        return self.place_country if self.place_country_id in fact_sheet_links(self).visible_ids else None
    def visible_actors(self):
        """The credited organisations visitors may see, each with ``organisation_shown``: the organisation's page in
        the fact sheet's language, else its best fallback (``core.fallback``); an organisation with no live, public
        version (a draft, a private page) is left out, so that its name does not leak."""
        return fact_sheet_links(self).actors

    def actor_names(self):
        """The names of the visible actors: a visitor who types an organisation finds the fact sheets that credit it."""
        return " ".join(actor.organisation_shown.title for actor in self.visible_actors())

    def themes(self):
        """The themes of this fact sheet that visitors may see, from the listing prefetch when there is one."""
        links = getattr(self, VISIBLE_THEME_LINKS, None)
        if links is not None:
            return [link.theme for link in links]
        return fact_sheet_links(self).theme_pages

    def countries(self):
        """The countries it is exported to or replicable in that visitors may see."""
        return fact_sheet_links(self).country_pages

    def gallery(self):
        return self.gallery_images.select_related("image")

    def document_rows(self):
        return self.documents.select_related("document")

    def map_fact_sheets(self):
        """The fact sheets its map places: itself."""
        return [self]

    def links_shown(self):
        """The pages it links to, each the version visitors follow (``fact_sheet_links.FactSheetLinks``)."""
        return fact_sheet_links(self)

    def related_fact_sheets(self, limit=3):
        """Other fact sheets sharing a theme with this one, in its language or their best fallback."""
        theme_ids = translation_ids([theme.pk for theme in self.themes()])
        related = (
            FactSheetPage.objects.for_listing()
            .filter(theme_links__theme_id__in=theme_ids)
            .exclude(translation_key=self.translation_key)
            .distinct()
        )
        return best_versions(related, self.locale.language_code)[:limit]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):  # an editor's unsaved changes are never shared
            context["related_fact_sheets"] = self.related_fact_sheets()
        else:
            shared_fact_sheet_links(self)
            name = f"related-fact-sheets:{self.pk}"
            context["related_fact_sheets"] = site_wide_cache.remember(name, lambda: list(self.related_fact_sheets()))
            context["related_fragment"] = name
        return context
