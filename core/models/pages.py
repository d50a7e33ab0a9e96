from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock

from .base import ListingMixin


class StandardPage(ListingMixin, Page):
    """About, governance, legal notice, accessibility statement, site map..."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + ListingMixin.listing_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + ListingMixin.listing_search_fields + [index.SearchField("body")]
    parent_page_types = ["home.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]
    facet_values = ()  # found by the site search, filed under no theme or country

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
