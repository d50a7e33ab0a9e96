"""Template tags for the language switcher, the ``hreflang`` links and the canonical URL."""

from django import template
from wagtail.models import Page

from core import i18n
from core.pagination import positive_int

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def language_links(context):
    """Every site language, each linking to this page in that language or to an explanation."""
    return i18n.language_links(context.get("request"), _current_page(context))


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """The ``hreflang`` alternates of the current page (empty outside published pages)."""
    request, page = context.get("request"), _current_page(context)
    if request is None or page is None:
        return []
    return i18n.page_alternates(request, page)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute address of a published page; listings keep their page number and nothing else."""
    request, page = context.get("request"), _current_page(context)
    if request is None or page is None or not page.live:
        return ""
    url = page.get_full_url(request)
    page_number = positive_int(request.GET.get("page"))
    if page_number and page_number > 1:
        url += f"?page={page_number}"
    return url

