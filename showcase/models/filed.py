"""Pages that fact sheets are filed under (a theme, a country, a programme) and that list them."""

from core.facets import filed_under
from core.fallback import best_versions, translation_ids

from .factsheets import FactSheetPage


class FiledFactSheetsMixin:
    """For a page whose model declares ``facet``: the live, public fact sheets filed under it.

    What "filed under" means is the fact sheet's own ``facet_values`` (a country's fact sheets
    are those placed in it and those exported to it), so listings, booklets and search agree. A
    fact sheet not translated into this page's language is listed in its best other version.
    """

    def fact_sheets(self):
        filed = filed_under(FactSheetPage, self.facet.name, translation_ids([self.pk]))
        return best_versions(FactSheetPage.objects.for_listing().filter(filed).distinct(), self.locale.language_code)
