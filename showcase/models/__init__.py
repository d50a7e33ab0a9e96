from .countries import CountryIndexPage, CountryPage, WorldRegion
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
from .home import HomeFeaturedFactSheet, HomePage
from .news import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from .organisations import Organisation
from .pages import StandardPage

__all__ = [
    "CountryIndexPage",
    "CountryPage",
    "EventIndexPage",
    "EventPage",
    "FactSheetActor",
    "FactSheetCountry",
    "FactSheetDocument",
    "FactSheetGalleryImage",
    "FactSheetIndexPage",
    "FactSheetKeyFigure",
    "FactSheetPage",
    "FactSheetTheme",
    "HomeFeaturedFactSheet",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "Organisation",
    "StandardPage",
    "WorldRegion",
]
