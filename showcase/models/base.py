from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from showcase.blocks import RICH_TEXT_FEATURES


class IndexPage(Page):
    """A section of the site under the home page (themes, fact sheets, countries...): one per home."""

    introduction = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["showcase.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class FactSheetListingMixin:
    """A page that lists fact sheets as filterable, paginated cards.

    Subclasses define ``fact_sheets()`` and the facets visitors can filter by.
    """

    fact_sheet_facets = ("theme", "country", "programme")

    def get_context(self, request, *args, **kwargs):
        from showcase.listing import filter_fact_sheets

        context = super().get_context(request, *args, **kwargs)
        context.update(filter_fact_sheets(request, self.fact_sheets(), facets=self.fact_sheet_facets))
        return context
