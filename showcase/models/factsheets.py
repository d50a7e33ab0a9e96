from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import BaseStreamBlock
from core.facets import FacetValue
from core.models import IndexPage, ListingMixin, TranslatableOrderable, page_type_choice
from showcase.listing import FactSheetListingMixin


class FactSheetIndexPage(FactSheetListingMixin, IndexPage):
    subpage_types = ["showcase.FactSheetPage"]

    class Meta:
        verbose_name = _("fact sheet index")
        verbose_name_plural = _("fact sheet indexes")

    def fact_sheets(self):
        return FactSheetPage.objects.for_listing().child_of(self)


class FactSheetQuerySet(PageQuerySet):
    def for_listing(self):
        """Live, public fact sheets with what a card shows, in a constant number of queries."""
        return (
            self.live()
            .public()
            .select_related("place_country", "programme", "listing_image")
            .prefetch_related(
                "listing_image__renditions",
                Prefetch(
                    "theme_links",
                    queryset=FactSheetTheme.objects.select_related("theme").filter(theme__live=True),
                ),
            )
            .order_by("-year_start", "title")
        )


FactSheetPageManager = PageManager.from_queryset(FactSheetQuerySet)


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
    place_country = models.ForeignKey(
        "wagtailcore.Page",
        limit_choices_to=page_type_choice("countries", "countrypage"),
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for France."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    year_start = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    year_end = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.COMPLETED)
    programme = models.ForeignKey(
        "wagtailcore.Page",
        limit_choices_to=page_type_choice("themes", "programmepage"),
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
        index.RelatedFields("actors", [index.RelatedFields("organisation", [index.SearchField("name")])]),
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
        pages = [link.theme for link in self.theme_links.all()] + [link.country for link in self.country_links.all()]
        if self.place_country_id:
            pages.append(self.place_country)
        return " ".join(page.title for page in pages)

    def themes(self):
        """Live themes of this fact sheet, using the listing prefetch when there is one."""
        return [link.theme for link in self.theme_links.all() if link.theme.live]

    def countries(self):
        return [link.country for link in self.country_links.select_related("country") if link.country.live]

    def related_fact_sheets(self, limit=3):
        theme_ids = [theme.pk for theme in self.themes()]
        return (
            FactSheetPage.objects.for_listing()
            .filter(locale_id=self.locale_id, theme_links__theme_id__in=theme_ids)
            .exclude(pk=self.pk)
            .distinct()[:limit]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_fact_sheets"] = self.related_fact_sheets()
        return context


class FactSheetTheme(TranslatableOrderable):
    page = ParentalKey(FactSheetPage, on_delete=models.CASCADE, related_name="theme_links")
    theme = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("theme"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=page_type_choice("themes", "themepage"),
    )

    panels = [PageChooserPanel("theme", page_type="themes.ThemePage")]
    override_translatable_fields = [TranslatableField("theme")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("theme")
        unique_together = [("translation_key", "locale"), ("page", "theme")]


class FactSheetCountry(TranslatableOrderable):
    page = ParentalKey(FactSheetPage, on_delete=models.CASCADE, related_name="country_links")
    country = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("country"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=page_type_choice("countries", "countrypage"),
    )

    panels = [PageChooserPanel("country", page_type="countries.CountryPage")]
    override_translatable_fields = [TranslatableField("country")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("country")
        unique_together = [("translation_key", "locale"), ("page", "country")]


class FactSheetActor(TranslatableOrderable):
    page = ParentalKey(FactSheetPage, on_delete=models.CASCADE, related_name="actors")
    organisation = models.ForeignKey("showcase.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="fact_sheet_roles")
    role = models.CharField(_("role"), max_length=120, help_text=_("For example: project owner, designer, operator."))

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("actor")
        verbose_name_plural = _("actors")


class FactSheetKeyFigure(TranslatableOrderable):
    page = ParentalKey(FactSheetPage, on_delete=models.CASCADE, related_name="key_figures")
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    label = models.CharField(_("label"), max_length=150)

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]), FieldPanel("label")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")


class FactSheetGalleryImage(TranslatableOrderable):
    page = ParentalKey(FactSheetPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey("wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(_("alternative text"), max_length=250, blank=True)
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class FactSheetDocument(TranslatableOrderable):
    page = ParentalKey(FactSheetPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
