from wagtail import hooks

from core.visibility import is_visible

from . import tags
from .middleware import SERVED_PAGE_VERSIONS


@hooks.register("before_serve_page")
def tag_served_page(page, request, serve_args, serve_kwargs):
    """Mark a page visitors may see as storable, with its tag's version read before it is rendered."""
    if not getattr(request, "is_preview", False) and is_visible(page):
        setattr(request, SERVED_PAGE_VERSIONS, tags.current_versions([tags.page_tag(page.pk)]))
