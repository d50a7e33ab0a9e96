"""Template tags of the fact sheet pages: their map, their relations, their key figures."""

from decimal import Decimal, InvalidOperation

from django import template
from django.template.loader import render_to_string
from django.utils import formats

from showcase.maps import map_places, map_settings
from showcase.models import FactSheetPage

register = template.Library()


@register.simple_tag(takes_context=True)
def places_map(context, fact_sheets, heading, map_id="map"):
    """A map of fact sheets with its text alternative (the list of places); nothing without places."""
    request = context.get("request")
    places = map_places(fact_sheets, request)
    if not places:
        return ""
    return render_to_string(
        "showcase/includes/map.html",
        {
            "places": places,
            "heading": heading,
            "map_id": map_id,
            "places_json_id": f"{map_id}-data",
            "map_settings": map_settings(),
        },
        request=request,
    )


@register.simple_tag
def fact_sheets_under(index_page):
    """Every live, public fact sheet under an index page (for the map of all achievements)."""
    return FactSheetPage.objects.for_listing().child_of(index_page)


@register.simple_tag
def fact_sheet_relations(fact_sheet):
    """A fact sheet's themes and actors whose pages visitors may see."""
    return {
        "themes": fact_sheet.themes(),
        "actors": fact_sheet.visible_actors(),
    }


@register.filter
def figure_number(value):
    """A key figure's number written the reader's way, with the decimals the editor typed.

    "4.6" shows "4,6" in French and "4.6" in English, "30000" shows "30 000" in French. The field
    stores two decimals (4.6 comes back as 4.60), so zeros ending the decimals are not shown. Groups
    of digits are separated by non-breaking spaces: a number is never split across two lines.
    """
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return value
    if not number.is_finite():
        return value
    decimals = max(0, -number.normalize().as_tuple().exponent)
    written = formats.number_format(number, decimal_pos=decimals, use_l10n=True, force_grouping=True)
    return written.replace(" ", "\xa0")
