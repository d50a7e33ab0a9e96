"""``{% page_previews %}``: the Open Graph, Twitter card and JSON-LD tags of the published page being shown."""

from django import template
from wagtail.models import Page

from core.i18n import live_translations
from previews.open_graph import page_preview
from previews.sharing import share_links
from previews.structured_data import page_structured_data

register = template.Library()


def is_published(page, request):
    """Live and public: a preview or a draft has nothing to share (the same answer as its ``hreflang`` links)."""
    return any(version.pk == page.pk for version in live_translations(page, request).values())


@register.inclusion_tag("previews/tags.html", takes_context=True)
def page_previews(context):
    request, page = context.get("request"), context.get("page")
    if request is None or not isinstance(page, Page) or not is_published(page, request):
        return {}
    page = page.specific
    preview = page_preview(page, request)
    return {"preview": preview, "structured_data": page_structured_data(page, request, preview)}


@register.inclusion_tag("previews/share_links.html", takes_context=True)
def share_page(context):
    """Share links of the published page being shown, and a button that copies its address."""
    request, page = context.get("request"), context.get("page")
    if request is None or not isinstance(page, Page) or not is_published(page, request):
        return {}
    url = request.build_absolute_uri(page.get_url(request))
    return {"url": url, "links": share_links(page.title, url)}
