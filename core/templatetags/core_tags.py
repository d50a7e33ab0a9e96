"""Presentation helpers shared by every page template: images, chrome, pagination, video, meta."""

import logging
from urllib.parse import parse_qs, urlparse

from django import template
from django.utils import translation
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.text import Truncator
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from core import chrome, fallback, site_wide_cache
from core.images import IMAGE_FORMATS

register = template.Library()
logger = logging.getLogger(__name__)


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


@register.simple_tag(takes_context=True)
def other_language(context, item):
    """The language of ``item`` when a listing shows it in another language than the visitor's
    (a page not translated yet, see core.fallback), else None: the card says so and carries ``lang``."""
    return fallback.other_language(item, visitor_locale_id(context))


@register.simple_tag(takes_context=True)
def visitor_version(context, page):
    """The version of ``page`` the visitor should follow: theirs when live, else the best fallback, else None."""
    return fallback.best_version(page, translation.get_language()) if page is not None else None


@register.simple_tag(takes_context=True)
def page_link(context, page, label=None, css_class="", resolved=False):
    """A link to ``page`` in the visitor's language, or to its best fallback marked with ``hreflang``;
    nothing (or only the given ``label``) when no version is visible: a draft or private page's title never shows.

    ``resolved``: ``page`` comes from a listing already narrowed by ``core.fallback.best_versions``, so it
    is the version to link to, and no query is spent finding it again."""
    target = page if resolved else visitor_version(context, page)
    text = label if label is not None else target.title if target else ""
    if target is None:
        return text
    other = fallback.other_language(target, visitor_locale_id(context))
    return format_html(
        '<a href="{}"{}{}>{}</a>',
        target.get_url(context.get("request")),
        format_html(' class="{}"', css_class) if css_class else "",
        format_html(' hreflang="{}"', other.hreflang) if other else "",
        text,
    )


def visitor_locale_id(context):
    page = context.get("page")
    if isinstance(page, Page):
        return page.locale_id
    locale = chrome.active_locale()
    return locale.pk if locale else None


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The footer's mandatory pages in the visitor's language, as (label, page) pairs."""
    return chrome.footer_links(context.get("request"))


@register.simple_tag(takes_context=True)
def social_links(context):
    return chrome.social_links(context.get("request"))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The sections of the visitor's home page that editors show in menus, with their sub-pages."""
    return chrome.main_menu(context.get("request"))


@register.inclusion_tag("core/includes/site_map_tree.html", takes_context=True)
def site_map_tree(context):
    """On the site map page chosen in the settings: the language's page tree under its home, as nested lists."""
    request = context.get("request")
    if not chrome.is_site_map_page(request, context.get("page")):
        return {"tree": []}
    return {"tree": chrome.site_map_tree(request), "request": request}


@register.simple_tag
def breadcrumb_ancestors(page):
    return chrome.breadcrumb_ancestors(page)


@register.filter
def document_extension(document):
    return (document.file_extension or "").upper()


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
def video_embed_url(url):
    """A privacy-friendly player address for YouTube (youtube-nocookie) and Vimeo (do not track)."""
    parsed = urlparse(url or "")
    host = parsed.netloc.lower().removeprefix("www.").removeprefix("m.")
    if host == "youtu.be":
        video_id = parsed.path.lstrip("/")
        return f"https://www.youtube-nocookie.com/embed/{video_id}" if video_id else ""
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path.startswith("/embed/"):
            video_id = parsed.path.split("/")[2]
        else:
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        return f"https://www.youtube-nocookie.com/embed/{video_id}" if video_id else ""
    if host in {"vimeo.com", "player.vimeo.com"}:
        video_id = parsed.path.rstrip("/").split("/")[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return ""


@register.simple_tag
def meta_description(page):
    """The page's own description, else its summary, hero text or introduction; empty for none."""
    if page is None:
        return ""
    for attribute in ("search_description", "summary", "hero_text", "introduction"):
        value = getattr(page, attribute, "") or ""
        text = " ".join(strip_tags(str(value)).split())
        if text:
            return Truncator(text).chars(160)
    return ""
