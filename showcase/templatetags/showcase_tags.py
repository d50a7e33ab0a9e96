"""Presentation helpers shared by the page templates."""

import logging

from django import template
from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from wagtail.images.models import SourceImageIOError
from wagtail.models import Locale, Page

from showcase.images import IMAGE_FORMATS
from showcase.maps import map_places, map_settings

register = template.Library()
logger = logging.getLogger(__name__)

# Slugs of the pages the footer must link to (RGAA mandatory links); translations keep the slug.
FOOTER_PAGE_SLUGS = {
    "accessibility": "accessibilite",
    "legal_notice": "mentions-legales",
    "personal_data": "donnees-personnelles",
    "site_map": "plan-du-site",
}


@register.simple_tag
def responsive_image(image, format_name, alt="", css_class="", loading="lazy", fetchpriority=""):
    """An <img> with a webp ``srcset``, explicit width and height, lazy loading by default.

    Uses the image's prefetched renditions when the queryset prefetched them.
    """
    if not image:
        return ""
    image_format = IMAGE_FORMATS[format_name]
    try:
        renditions = list(image.get_renditions(*image_format.specs).values())
    except (SourceImageIOError, OSError):
        # A missing or unreadable original must not break the page: leave the image out.
        logger.warning("Image %s cannot be rendered", image.pk, exc_info=True)
        return ""
    smallest = renditions[0]
    srcset = format_html_join(", ", "{} {}w", ((r.url, r.width) for r in renditions))
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" class="{}" loading="{}" '
        'decoding="async"{}>',
        smallest.url,
        srcset,
        image_format.sizes,
        smallest.width,
        smallest.height,
        alt,
        css_class,
        loading,
        format_html(' fetchpriority="{}"', fetchpriority) if fetchpriority else "",
    )


@register.simple_tag
def footer_pages():
    """The footer's mandatory pages in the active language, by role: {"accessibility": page, ...}."""
    from showcase.models import StandardPage

    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return {}
    pages = {
        page.slug: page
        for page in StandardPage.objects.live().public().filter(locale=locale, slug__in=FOOTER_PAGE_SLUGS.values())
        .only("id", "title", "slug", "url_path", "locale_id")
    }
    return {role: pages[slug] for role, slug in FOOTER_PAGE_SLUGS.items() if slug in pages}


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


@register.inclusion_tag("showcase/includes/site_map_tree.html", takes_context=True)
def site_map_tree(context):
    """The active language's page tree under its home page, as nested lists."""
    from showcase.models import HomePage

    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return {"tree": []}
    home = HomePage.objects.live().filter(locale=locale).first()
    if home is None:
        return {"tree": []}
    pages = list(
        Page.objects.live().public().descendant_of(home, inclusive=True).filter(locale=locale)
        .order_by("path").only("id", "title", "path", "depth", "url_path", "locale_id")
    )
    nodes = {}
    tree = []
    for page in pages:
        node = {"page": page, "children": []}
        nodes[page.path] = node
        parent = nodes.get(page.path[: -Page.steplen])
        (parent["children"] if parent else tree).append(node)
    return {"tree": tree, "request": context.get("request")}


@register.filter
def document_extension(document):
    return (document.file_extension or "").upper()


@register.simple_tag
def menu_pages(home):
    """The home page's sections for the main menu; the theme index is kept apart for the themes menu."""
    from showcase.models import StandardPage
    from themes.models import ThemeIndexPage

    if home is None:
        return {"theme_index": None, "sections": []}
    children = list(
        home.get_children().live().public().not_type(StandardPage)
        .only("id", "title", "url_path", "path", "depth", "content_type_id", "locale_id")
    )
    theme_index_type = ContentType.objects.get_for_model(ThemeIndexPage).pk
    theme_index = next((page for page in children if page.content_type_id == theme_index_type), None)
    return {"theme_index": theme_index, "sections": [page for page in children if page is not theme_index]}


@register.simple_tag(takes_context=True)
def query_without_page(context):
    """The current query string minus ``page``, ending with "&" when not empty, for pagination links."""
    request = context.get("request")
    if request is None:
        return ""
    query = request.GET.copy()
    query.pop("page", None)
    encoded = query.urlencode()
    return f"{encoded}&" if encoded else ""


@register.simple_tag
def fact_sheets_under(index_page):
    """Every live, public fact sheet under an index page (for the map of all achievements)."""
    from showcase.models import FactSheetPage

    return FactSheetPage.objects.for_listing().child_of(index_page)


@register.simple_tag
def video_embed_url(url):
    """A privacy-friendly player address for YouTube (youtube-nocookie) and Vimeo (do not track)."""
    from urllib.parse import parse_qs, urlparse

    parsed = urlparse(url or "")
    host = parsed.netloc.lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host == "youtu.be":
        video_id = parsed.path.lstrip("/")
        if video_id:
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path.startswith("/embed/"):
            video_id = parsed.path.split("/")[2]
        else:
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        if video_id:
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if host in {"vimeo.com", "player.vimeo.com"}:
        video_id = parsed.path.rstrip("/").split("/")[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return ""


@register.filter
def as_list(value):
    return [value]


@register.simple_tag
def fact_sheet_relations(fact_sheet):
    """A fact sheet's live themes and its actors with their organisation, one query each."""
    theme_links = fact_sheet.theme_links.select_related("theme").filter(theme__live=True)
    return {
        "themes": [link.theme for link in theme_links],
        "actors": list(fact_sheet.actors.select_related("organisation")),
    }


@register.simple_tag
def meta_description(page):
    """The page's own description, else its summary, hero text or introduction; empty for none."""
    from django.utils.html import strip_tags
    from django.utils.text import Truncator

    if page is None:
        return ""
    for attribute in ("search_description", "summary", "hero_text", "introduction"):
        value = getattr(page, attribute, "") or ""
        text = " ".join(strip_tags(str(value)).split())
        if text:
            return Truncator(text).chars(160)
    return ""
