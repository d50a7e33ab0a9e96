"""Template tags of the fact sheet pages: their map, their relations, their key figures."""

from decimal import Decimal, InvalidOperation

from django import template
from django.template.loader import render_to_string
from django.utils import formats

from core import site_wide_cache
from showcase.maps import map_places, map_settings

register = template.Library()


@register.simple_tag(takes_context=True)
def places_map(context, heading, map_id="map"):
    """A map of the fact sheets the page shows (its ``map_fact_sheets()``) with its text alternative (the list
    of places); nothing without places."""
    request = context.get("request")
    places = _shared_places(context["page"], map_id, request)
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


def _shared_places(page, map_id, request):
    """The places of a published page's map, kept in the site-wide cache (any page change makes them stale):
    the query of its fact sheets is not even built when they are there. Read afresh for a preview, whose
    unsaved changes are the editor's alone."""
    if page.pk is None or getattr(request, "is_preview", False):
        return map_places(page.map_fact_sheets(), request)
    return site_wide_cache.remember(f"map:{page.pk}:{map_id}", lambda: map_places(page.map_fact_sheets(), request))


@register.simple_tag
def fact_sheet_relations(fact_sheet):
    """The pages a fact sheet links to, each the version visitors follow: link them with
    ``{% page_link ... resolved=True %}`` (no query per link)."""
    return fact_sheet.links_shown()


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
