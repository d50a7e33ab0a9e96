"""schema.org JSON-LD of a page: what search engines read of fact sheets, events, news, organisations and breadcrumbs.

One builder per page type (``BUILDERS``); every published page also gets its ``BreadcrumbList``.
The JSON is escaped for a ``<script type="application/ld+json">`` data block, which browsers do
not run, so the strict Content-Security-Policy (``script-src 'self'``) does not need to allow it.
"""

import json
from urllib.parse import urljoin

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from core.chrome import breadcrumb_ancestors
from news.models import EventPage, NewsPage
from showcase.models import FactSheetPage, OrganisationPage

from .open_graph import Preview

# What the HTML parser must not see inside a script element.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def publisher(preview):
    return {"@type": "Organization", "name": "Vivapolis", "url": urljoin(preview.url, "/")}


def as_script_json(data):
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES))


def common(schema_type, page, preview: Preview, name_key="name"):
    data = {"@context": "https://schema.org", "@type": schema_type, name_key: page.title, "url": preview.url,
            "inLanguage": page.locale.language_code}
    if preview.description:
        data["description"] = preview.description
    if preview.image:
        data["image"] = preview.image.url
    return data


def place(name, locality="", region="", country="", latitude=None, longitude=None):
    address = {"@type": "PostalAddress", **{key: value for key, value in (
        ("addressLocality", locality), ("addressRegion", region), ("addressCountry", country)) if value}}
    data = {"@type": "Place", "name": name or ", ".join(filter(None, (locality, country))), "address": address}
    if latitude is not None and longitude is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": float(latitude), "longitude": float(longitude)}
    return data


def fact_sheet_data(page, preview):
    data = common("CreativeWork", page, preview)
    country = page.visible_place_country()
    data["contentLocation"] = place(
        page.city, page.city, page.region, country.title if country else "", page.latitude, page.longitude
    )
    if page.year_start:
        data["temporalCoverage"] = "/".join(str(year) for year in (page.year_start, page.year_end) if year)
    data["about"] = [{"@type": "Thing", "name": theme.title} for theme in page.themes()]
    data["contributor"] = [
        {"@type": "Organization", "name": actor.organisation_shown.title,
         "url": urljoin(preview.url, actor.organisation_shown.get_url())}
        for actor in page.visible_actors()
    ]
    data["publisher"] = publisher(preview)
    return data


def event_data(page, preview):
    data = common("Event", page, preview)
    data.update({
        "startDate": page.start_date,
        "endDate": page.end_date,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place(page.venue, page.city, country=page.place_country),
        "organizer": publisher(preview),
    })
    return data


def news_data(page, preview):
    data = common("NewsArticle", page, preview, name_key="headline")
    data.update({
        "datePublished": page.date,
        "dateModified": page.last_published_at or page.date,
        "author": publisher(preview),
        "publisher": publisher(preview),
    })
    return data


def organisation_data(page, preview):
    data = common("Organization", page, preview)
    if page.acronym:
        data["alternateName"] = page.acronym
    if page.website:
        data["sameAs"] = [page.website]
    if preview.image:
        data["logo"] = preview.image.url
    return data


BUILDERS = {
    FactSheetPage: fact_sheet_data,
    EventPage: event_data,
    NewsPage: news_data,
    OrganisationPage: organisation_data,
}


def breadcrumb_data(page, request):
    """The trail of the visible breadcrumb (core/includes/breadcrumb.html), ancestors visitors may see only."""
    trail = breadcrumb_ancestors(page) + [page]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": crumb.title,
             "item": request.build_absolute_uri(crumb.get_url(request))}
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def page_structured_data(page, request, preview):
    """The JSON-LD blocks of a page, ready for a ``<script type="application/ld+json">``."""
    blocks = []
    builder = BUILDERS.get(type(page))
    if builder is not None:
        blocks.append(builder(page, preview))
    if page.depth > 2:
        blocks.append(breadcrumb_data(page, request))
    return [as_script_json(data) for data in blocks]
