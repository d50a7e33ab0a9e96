from .factsheets import (
    FactSheetActor,
    FactSheetCountry,
    FactSheetDocument,
    FactSheetGalleryImage,
    FactSheetIndexPage,
    FactSheetKeyFigure,
    FactSheetPage,
    FactSheetTheme,
)
from .organisations import Organisation

__all__ = [
    "FactSheetActor",
    "FactSheetCountry",
    "FactSheetDocument",
    "FactSheetGalleryImage",
    "FactSheetIndexPage",
    "FactSheetKeyFigure",
    "FactSheetPage",
    "FactSheetTheme",
    "Organisation",
]
