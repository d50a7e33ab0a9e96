from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db.models import Q
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page, Site

from core.i18n import hreflang, supported_language_codes
from core.visibility import in_restricted_section

# ``{site id: (XML, Last-Modified header)}`` of the first sitemap page of each site, stored by the worker (core.tasks).
STORED_SITEMAPS_KEY = "core-sitemaps"
STORED_FOR_SECONDS = 24 * 60 * 60


class AllLocalesSitemap(Sitemap):
    """Every live, public page of every locale of the site, each with its ``hreflang`` alternates.

    Wagtail's own sitemap only walks the default site root, which leaves every translated tree out.
    """

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        return (
            Page.objects.filter(translation_key__isnull=False)
            .filter(_descendant_of_any(roots))
            .live()
            .exclude(in_restricted_section())
            .filter(alias_of__isnull=True)
            .select_related("locale")
            .defer_streamfields()
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        urls = []
        latest = []
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates(pages)
        for item in pages:
            lastmod = item.last_published_at or item.latest_revision_created_at
            latest.append(lastmod)
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": lastmod,
                    "alternates": alternates.get(item.translation_key, []),
                }
            )
        if latest and None not in latest:
            self.latest_lastmod = max(latest)
        return urls

    def _alternates(self, pages):
        """``{translation_key: [{"lang_code", "location"}, ...]}``, the same set as the pages' ``hreflang`` links."""
        by_key = defaultdict(dict)
        for item in self.items().filter(translation_key__in={item.translation_key for item in pages}):
            by_key[item.translation_key][item.locale.language_code] = item.get_full_url(self.request)
        alternates = {}
        for key, urls in by_key.items():
            links = [{"lang_code": hreflang(code), "location": urls[code]} for code in supported_language_codes() if code in urls]
            default = urls.get(settings.LANGUAGE_CODE)
            if default:
                links.append({"lang_code": "x-default", "location": default})
            alternates[key] = links
        return alternates


def _descendant_of_any(roots):
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(path__startswith=root.path, depth__gte=root.depth)
    return condition


def sitemap_response(request):
    """The first page of the request's site's sitemap as the worker stored it, else built now (each ``?p=`` page)."""
    site = Site.find_for_request(request)
    stored = (cache.get(STORED_SITEMAPS_KEY) or {}).get(site.pk) if site and "p" not in request.GET else None
    if stored is None:
        return wagtail_sitemap(request, sitemaps={"pages": AllLocalesSitemap(request)})
    xml, last_modified = stored
    response = HttpResponse(xml, content_type="application/xml")
    if last_modified:
        response["Last-Modified"] = last_modified
    return response


def store_sitemaps():
    """Build the first sitemap page of every site, as a visitor of that site would get it, and store them."""
    built = {}
    for site in Site.objects.all():
        request = RequestFactory().get("/sitemap.xml", HTTP_HOST=site.hostname, SERVER_PORT=site.port, secure=site.port == 443)
        try:
            response = wagtail_sitemap(request, sitemaps={"pages": AllLocalesSitemap(request)})
        except DisallowedHost:  # a site whose host is not served here: its visitors' requests build it
            continue
        built[site.pk] = (response.render().content, response.get("Last-Modified"))
    cache.set(STORED_SITEMAPS_KEY, built, STORED_FOR_SECONDS)
    return built
