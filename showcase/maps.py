"""Places of fact sheets for the maps and for their text alternative."""

from django.conf import settings
from django.utils import translation

from core.fallback import language_codes


def map_places(fact_sheets, request=None):
    """One dict per fact sheet that has coordinates, in the order given; a fact sheet listed in
    another language than the visitor's (a fallback) carries its ``hreflang``.

    ``fact_sheets`` is a queryset (narrowed here to the few fields a marker needs, in one
    query) or a list of pages already loaded.
    """
    if hasattr(fact_sheets, "select_related"):
        fact_sheets = (
            fact_sheets.select_related(None)
            .prefetch_related(None)
            .filter(latitude__isnull=False, longitude__isnull=False)
            .only("id", "title", "url_path", "city", "latitude", "longitude", "locale_id")
        )
    visitor = translation.get_language()
    codes = language_codes()
    places = []
    for fact_sheet in fact_sheets:
        if fact_sheet.latitude is None or fact_sheet.longitude is None:
            continue
        place = {
            "title": fact_sheet.title,
            "url": fact_sheet.get_url(request),
            "city": fact_sheet.city,
            "lat": float(fact_sheet.latitude),
            "lng": float(fact_sheet.longitude),
        }
        hreflang = _other_language(codes.get(fact_sheet.locale_id), visitor)
        if hreflang:
            place["hreflang"] = hreflang
        places.append(place)
    return places


def _other_language(code, visitor):
    return "" if code in (None, visitor) else translation.to_locale(code).replace("_", "-")


def map_settings():
    return {
        "tiles": settings.VIVAPOLIS_MAP_TILES_URL,
        "attribution": settings.VIVAPOLIS_MAP_ATTRIBUTION,
    }
