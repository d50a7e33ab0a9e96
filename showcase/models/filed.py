"""Pages that fact sheets are filed under (a theme, a country, a programme) and that list them."""

from core.facets import filed_under

from .factsheets import FactSheetPage


class FiledFactSheetsMixin:
    """For a page whose model declares ``facet``: the live, public fact sheets filed under it.

    What "filed under" means is the fact sheet's own ``facet_values`` (a country's fact sheets
    are those placed in it and those exported to it), so listings, booklets and search agree.
    """

    def fact_sheets(self):
        return FactSheetPage.objects.for_listing().filter(filed_under(FactSheetPage, self.facet.name, self.pk)).distinct()
