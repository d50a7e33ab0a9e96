"""Pages that fact sheets are filed under (a theme, a country, a programme) and that list them."""

from wagtail.models import Page

from core.facets import filed_under
from core.fallback import best_versions

from .factsheets import FactSheetPage


class FiledFactSheetsMixin:
    """For a page whose model declares ``facet``: the live, public fact sheets filed under it.

    What "filed under" means is the fact sheet's own ``facet_values`` (a country's fact sheets
    are those placed in it and those exported to it), so listings, booklets and search agree. A
    fact sheet not translated into this page's language is listed in its best other version.
    """

    def fact_sheets(self):
        # Every translation of this page, as a subquery: building the listing costs no query.
        translations = Page.objects.filter(translation_key=self.translation_key).values("pk")
        filed = filed_under(FactSheetPage, self.facet.name, translations)
        return best_versions(FactSheetPage.objects.for_listing().filter(filed).distinct(), self.locale.language_code)

    def map_fact_sheets(self):
        """The fact sheets its map places: those it lists."""
        return self.fact_sheets()
