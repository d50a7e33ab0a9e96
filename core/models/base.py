"""What every page type of the site shares: the section index, the listing card, translated inline rows."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES

from .fields import optional_image


class IndexPage(Page):
    """A section of the site under the home page (themes, fact sheets, countries...): one per home."""

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class ListingMixin(models.Model):
    """The summary and image a page shows in cards, listings, search results and meta tags."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("Two or three sentences shown in listings and search results."),
    )
    listing_image = optional_image(_("image"))
    listing_image_alt = models.CharField(
        _("image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Leave empty if decorative."),
    )

    listing_panels = [
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("listing_image_alt"),
    ]
    listing_search_fields = [
        index.SearchField("summary", boost=2),
        index.AutocompleteField("summary"),
    ]

    class Meta:
        abstract = True


class TranslatableOrderable(TranslatableMixin, Orderable):
    """An inline child of a page that wagtail-localize translates with its page.

    Foreign keys to pages declared as ``TranslatableField`` in ``override_translatable_fields``
    are re-linked to the page's translation in the target locale, so that a translated fact
    sheet points to translated themes and countries.
    """

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
