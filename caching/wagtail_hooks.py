from wagtail import hooks

from core.i18n import live_translations
from core.visibility import is_visible

from . import tags
from .middleware import SERVED_PAGE_VERSIONS


@hooks.register("before_serve_page")
def tag_served_page(page, request, serve_args, serve_kwargs):
    """Mark a page visitors may see as storable, with its tag's version read before it is rendered."""
    if not getattr(request, "is_preview", False) and _visible(page, request):
        setattr(request, SERVED_PAGE_VERSIONS, tags.current_versions([tags.page_tag(page.pk)]))


def _visible(page, request):
    """Live and public. Its live translations (kept in the site-wide cache, and asked again by the language
    switcher) answer without a query; they leave aliases out."""
    if page.alias_of_id is not None:
        return is_visible(page)
    return any(version.pk == page.pk for version in live_translations(page, request).values())
