from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site


class AllLocalesSitemap(Sitemap):
    """Every live, public page of every locale of the site (Wagtail's own covers one root)."""

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        roots = site.root_page.get_translations(inclusive=True)
        queryset = Page.objects.none()
        for root in roots:
            queryset = queryset | Page.objects.descendant_of(root, inclusive=True)
        return queryset.live().public().order_by("path").specific()
