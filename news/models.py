from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.blocks import BaseStreamBlock
from core.facets import FacetValue
from core.fallback import best_versions
from core.models import IndexPage, ListingMixin, optional_page
from core.pagination import paginate
from core.visibility import visible_link, visible_to_visitors


class NewsIndexPage(IndexPage):
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = best_versions(visible_to_visitors(NewsPage.objects.all()), self.locale.language_code)
        news = news.select_related("listing_image").order_by("-date", "pk")
        context["page_obj"] = paginate(news, request.GET.get("page"))
        return context


class NewsPage(ListingMixin, Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("date")] + ListingMixin.listing_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + ListingMixin.listing_search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    facet_values = (FacetValue("year", ExtractYear("date")),)

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")


class EventIndexPage(IndexPage):
    subpage_types = ["news.EventPage"]

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = best_versions(EventPage.objects.visible_with_country(), self.locale.language_code)
        today = timezone.localdate()
        context["upcoming_events"] = events.filter(end_date__gte=today).order_by("start_date", "pk")
        context["page_obj"] = paginate(events.filter(end_date__lt=today).order_by("-start_date", "pk"), request.GET.get("page"))
        return context


class EventQuerySet(PageQuerySet):
    def visible_with_country(self):
        """Events visitors may see, each with its partner country, ``None`` when visitors may not see it."""
        return visible_to_visitors(self).prefetch_related(visible_link("country"))

    def upcoming(self):
        return self.visible_with_country().filter(end_date__gte=timezone.localdate()).order_by("start_date")


class EventPage(ListingMixin, Page):
    class Kind(models.TextChoices):
        MATINALE = "matinale", _("Morning seminar")
        FAIR = "fair", _("International fair")
        DELEGATION = "delegation", _("Delegation visit")
        SUMMIT = "summit", _("Summit or conference")
        WORKSHOP = "workshop", _("Working group")

    class DatePrecision(models.TextChoices):
        DAY = "day", _("Exact days")
        MONTH = "month", _("Month only")
        YEAR = "year", _("Year only")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    date_precision = models.CharField(
        _("dates known to"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("For an event whose exact days are not known, visitors see only its month or its year."),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    place_country = models.CharField(
        _("country of the venue"),
        max_length=120,
        blank=True,
        help_text=_("Where the event takes place, France included, as visitors should read it."),
    )
    country = optional_page(
        _("partner country"),
        page_type="countries.CountryPage",
        help_text=_("The partner country the event is about or its delegation comes from; leave empty if none."),
    )
    registration_url = models.URLField(_("registration address"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    objects = PageManager.from_queryset(EventQuerySet)()

    override_translatable_fields = [TranslatableField("country")]

    content_panels = (
        Page.content_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("kind"),
                    FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("date_precision")]),
                    FieldPanel("venue"),
                    FieldRowPanel([FieldPanel("city"), FieldPanel("place_country")]),
                    PageChooserPanel("country", page_type="countries.CountryPage"),
                    FieldPanel("registration_url"),
                ],
                heading=_("When and where"),
            )
        ]
        + ListingMixin.listing_panels
        + [FieldPanel("body")]
    )
    search_fields = Page.search_fields + ListingMixin.listing_search_fields + [
        index.SearchField("city"),
        index.SearchField("place_country"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("country"),
    ]
    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []
    facet_values = (
        FacetValue("country", "country_id", shown_in_results=True),
        FacetValue("year", ExtractYear("start_date")),
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def place(self):
        """Venue, city and country of the venue, as far as they are known."""
        return ", ".join(part for part in (self.venue, self.city, self.place_country) if part)

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot come before the start date.")})
