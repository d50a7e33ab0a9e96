from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import translation
from django.views.decorators.http import require_GET


@require_GET
def language_redirect(request):
    """``/`` leads to the home page in the visitor's language (cookie, then Accept-Language)."""
    language = translation.get_language_from_request(request, check_path=False)
    return redirect(f"/{language}/")


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def sitemap(request):
    from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

    from showcase.sitemaps import AllLocalesSitemap

    return wagtail_sitemap(request, sitemaps={"pages": AllLocalesSitemap(request)})
