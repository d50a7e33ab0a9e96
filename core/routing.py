"""Finding the page a URL names in two queries, whatever its depth.

Wagtail's ``Page.route`` walks the tree one level at a time (two queries per level: the child, then
its specific row). No page type of this site routes the rest of a URL itself, so the page a URL
names is the one whose ``url_path`` it is: the top page of each language's tree looks it up at
once. A URL it does not find that way still goes through Wagtail's walk, which answers as before. The page
found carries its locale from the site-wide cache.

Before that, Wagtail reads the site of the request, the active locale, the top page's translation in it and
its specific row: those come from the site-wide cache too (``SharedSiteMiddleware``, ``localized``).
"""

from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, Site

from core import site_wide_cache
from core.fallback import locales_by_id


def with_cached_locale(page):
    """``page`` with its ``locale`` taken from the site-wide cache: its template, listings and previews
    read ``page.locale`` without a query."""
    locale = locales_by_id().get(page.locale_id)
    if locale is not None:
        page.locale = locale
    return page


class SharedSiteMiddleware:
    """Wagtail finds the site of a request with a query each time (``Site.find_for_request`` keeps it on the
    request only); the site, with its top page's specific row, is read from the site-wide cache instead. After
    ``CommonMiddleware``, which refuses a host not in ``ALLOWED_HOSTS``, and the page cache, whose hits need no
    site."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request.get_host())[0]
        port = request.get_port()
        request._wagtail_site = site_wide_cache.remember(f"site:{hostname}:{port}", lambda: _site_for(request))
        return self.get_response(request)


def _site_for(request):
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


class DirectRoutingMixin:
    @property
    def localized(self):
        """The version of this top page in the visitor's language, specific: Wagtail's routing asks for it on every
        request (one query for the active locale, one for the translation, one for its specific row)."""
        if self.pk is None:
            return super().localized
        language = translation.get_language()
        return site_wide_cache.remember(f"localized:{self.pk}:{language}", lambda: super(DirectRoutingMixin, self).localized.specific)

    def route(self, request, path_components):
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            target = Page.objects.filter(url_path=url_path, path__startswith=self.path).first()
            if target is not None:
                return with_cached_locale(target.specific).route(request, [])
        with_cached_locale(self)
        return super().route(request, path_components)
