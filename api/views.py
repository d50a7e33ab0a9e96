"""Wagtail's API v2, read-only, showing anonymous visitors' pages only (core.visibility), with the site's filters."""

from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from api.fields import API_FIELDS
from api.filters import FILTERS, FacetFilter
from core.visibility import visible_to_visitors

API_URLCONF = "api.urls"


class AlwaysJSON(BaseContentNegotiation):
    """The API's one format, whatever the ``Accept`` header asks (DRF's documented way to ignore it)."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class JSONOnlyMixin:
    """Answers JSON, including to browsers (the browsable API's inline scripts break the site's CSP)."""

    renderer_classes = [JSONRenderer]
    content_negotiation_class = AlwaysJSON

    def dispatch(self, request, *args, **kwargs):
        # Django's LocaleMiddleware redirects a 404 outside the language prefixes to /<language>/<path>,
        # which Wagtail's catch-all route makes look valid: an unknown id would answer a redirect. The
        # API's own URL configuration has no language prefix, so its 404s stay 404s.
        request.urlconf = API_URLCONF
        return super().dispatch(request, *args, **kwargs)


class VisiblePagesAPIViewSet(JSONOnlyMixin, PagesAPIViewSet):
    """Live, public pages that are not aliases, whoever asks (a logged-in editor sees what visitors see)."""

    filter_backends = [
        *(backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter),
        FacetFilter,
        SearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(FILTERS)

    def get_base_queryset(self):
        return visible_to_visitors(super().get_base_queryset())

    def get_queryset(self):
        """A page type whose queryset has ``for_listing()`` (fact sheets) prefetches what its cards show."""
        queryset = super().get_queryset()
        for_listing = getattr(queryset, "for_listing", None)
        return for_listing() if for_listing else queryset

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + API_FIELDS.get(model, []))


class PublicImagesAPIViewSet(JSONOnlyMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(JSONOnlyMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", VisiblePagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
