"""Template tags of the fact sheet pages: their map, their relations."""

from django import template
from django.template.loader import render_to_string

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
    """A fact sheet's live themes and its actors with their organisation, one query each."""
    theme_links = fact_sheet.theme_links.select_related("theme").filter(theme__live=True)
    return {
        "themes": [link.theme for link in theme_links],
        "actors": list(fact_sheet.actors.select_related("organisation")),
    }
