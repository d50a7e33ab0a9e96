from .fact_sheet_rows import (
    FactSheetActor,
    FactSheetCountry,
    FactSheetDocument,
    FactSheetGalleryImage,
    FactSheetKeyFigure,
    FactSheetTheme,
)
from .factsheets import FactSheetIndexPage, FactSheetPage
from .filed import FiledFactSheetsMixin
from .organisations import OrganisationIndexPage, OrganisationPage

__all__ = [
    "FactSheetActor",
    "FactSheetCountry",
    "FactSheetDocument",
    "FactSheetGalleryImage",
    "FactSheetIndexPage",
    "FactSheetKeyFigure",
    "FactSheetPage",
    "FactSheetTheme",
    "FiledFactSheetsMixin",
    "OrganisationIndexPage",
    "OrganisationPage",
]
