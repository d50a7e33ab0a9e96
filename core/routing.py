"""Finding the page a URL names in two queries, whatever its depth.

Wagtail's ``Page.route`` walks the tree one level at a time (two queries per level: the child, then
its specific row). No page type of this site routes the rest of a URL itself, so the page a URL
names is the one whose ``url_path`` it is: the top page of each language's tree looks it up at
once. A URL it does not find that way still goes through Wagtail's walk, which answers as before. The page
found carries its locale from the site-wide cache.
"""

from wagtail.models import Page

from core.fallback import locales_by_id


def with_cached_locale(page):
    """``page`` with its ``locale`` taken from the site-wide cache: its template, listings and previews
    read ``page.locale`` without a query."""
    locale = locales_by_id().get(page.locale_id)
    if locale is not None:
        page.locale = locale
    return page


class DirectRoutingMixin:
    def route(self, request, path_components):
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            target = Page.objects.filter(url_path=url_path, path__startswith=self.path).first()
            if target is not None:
                return with_cached_locale(target.specific).route(request, [])
        with_cached_locale(self)
        return super().route(request, path_components)
