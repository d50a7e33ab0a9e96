from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("api.urls")),
    path("", include("operations.urls")),  # /healthz, /readyz, /metrics: no language prefix
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("language/", core_views.choose_language, name="choose_language"),
    path("", core_views.language_redirect, name="language_redirect"),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # Uploaded images; a real deployment serves them from its web server instead. Documents are left out:
    # they go through Wagtail's view (/documents/), which applies their collection's privacy.
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?!documents/)(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ]

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("translation-missing/<int:page_id>/", core_views.translation_missing, name="translation_missing"),
    path("", include("showcase.urls")),
    path("", include("feeds.urls")),
    path("", include("opendata.urls")),
    path("", include("contact.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
