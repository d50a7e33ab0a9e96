"""Template tags of the fact sheet pages: their map, their relations, their key figures."""

from decimal import Decimal, InvalidOperation

from django import template
from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.safestring import mark_safe

from core import site_wide_cache
from showcase.maps import map_places, map_settings

register = template.Library()


@register.simple_tag(takes_context=True)
def places_map(context, heading, map_id="map"):
    """A map of the fact sheets the page shows (its ``map_fact_sheets()``) with its text alternative (the list
    of places); nothing without places. A published page's map is kept rendered in the site-wide cache (any
    page change makes it stale): the query of its fact sheets is not even built when it is there. A preview's
    is rendered afresh: its unsaved changes are the editor's alone."""
    page, request = context["page"], context.get("request")
    if page.pk is None or getattr(request, "is_preview", False):
        return _map(page, heading, map_id, request)
    name = f"map:{page.pk}:{map_id}:{translation.get_language()}"  # the heading comes with the map_id and language
    return mark_safe(site_wide_cache.remember(name, lambda: _map(page, heading, map_id, request)))


def _map(page, heading, map_id, request):
    places = map_places(page.map_fact_sheets(), request)
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
    )


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
