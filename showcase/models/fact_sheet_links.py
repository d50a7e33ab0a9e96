"""The pages a fact sheet links to (themes, countries, actors, place, programme), read once per fact sheet.

The page template, its previews (Open Graph, JSON-LD), the search index, the API and the PDFs all
ask for them: reading the rows and resolving every link in one pass costs five queries however
many links there are, instead of a few per link and per reader.
"""

from dataclasses import dataclass

from core import site_wide_cache
from core.fallback import linked_versions

_MEMO = "_fact_sheet_links"


@dataclass
class FactSheetLinks:
    theme_pages: list  # the linked themes visitors may see, as linked (the fact sheet's language)
    country_pages: list
    actors: list  # rows with ``organisation_shown``, the organisation's version visitors follow
    themes: list  # the versions visitors follow, for links: ``{% page_link theme resolved=True %}``
    countries: list
    place_country: object  # the version visitors follow, or None
    programme: object
    visible_ids: set  # the linked pages visitors may see themselves


def _read_links(fact_sheet):
    theme_rows = list(fact_sheet.theme_links.select_related("theme"))
    country_rows = list(fact_sheet.country_links.select_related("country"))
    actors = list(fact_sheet.actors.all())
    versions, visible = linked_versions(
        [
            *(row.theme_id for row in theme_rows),
            *(row.country_id for row in country_rows),
            *(actor.organisation_id for actor in actors),
            fact_sheet.place_country_id,
            fact_sheet.programme_id,
        ],
        fact_sheet.locale.language_code,
    )
    theme_rows = [row for row in theme_rows if row.theme_id in visible]
    country_rows = [row for row in country_rows if row.country_id in visible]
    for actor in actors:
        actor.organisation_shown = versions.get(actor.organisation_id)
    return FactSheetLinks(
        theme_pages=[row.theme for row in theme_rows],
        country_pages=[row.country for row in country_rows],
        actors=[actor for actor in actors if actor.organisation_shown is not None],
        themes=[versions[row.theme_id] for row in theme_rows if row.theme_id in versions],
        countries=[versions[row.country_id] for row in country_rows if row.country_id in versions],
        place_country=versions.get(fact_sheet.place_country_id),
        programme=versions.get(fact_sheet.programme_id),
        visible_ids=visible,
    )


def fact_sheet_links(fact_sheet):
    """``FactSheetLinks`` of ``fact_sheet``, read at the first call and kept on the instance (a page
    served, previewed or printed is read for that one use)."""
    links = fact_sheet.__dict__.get(_MEMO)
    if links is None:
        links = fact_sheet.__dict__[_MEMO] = _read_links(fact_sheet)
    return links


def shared_fact_sheet_links(fact_sheet):
    """``fact_sheet_links`` of a published fact sheet as saved, kept in the site-wide cache (``core.site_wide_cache``:
    any page change makes it stale). Never for a preview, whose unsaved rows are the editor's alone."""
    if _MEMO not in fact_sheet.__dict__:
        name = f"fact-sheet-links:{fact_sheet.pk}:{fact_sheet.locale_id}"
        fact_sheet.__dict__[_MEMO] = site_wide_cache.remember(name, lambda: _read_links(fact_sheet))
    return fact_sheet.__dict__[_MEMO]
