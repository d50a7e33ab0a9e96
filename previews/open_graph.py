"""What a link to a page shows when shared: Open Graph (Facebook, LinkedIn, messaging apps) and Twitter cards."""

import logging
from dataclasses import dataclass, field

from django.utils import translation
from wagtail.images.models import SourceImageIOError

from core.i18n import live_translations, supported_language_codes
from core.images import IMAGE_FORMATS
from core.templatetags.core_tags import meta_description

logger = logging.getLogger(__name__)

# Open Graph names locales language_TERRITORY; each language of the site, as most of its readers write it.
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB", "es": "es_ES", "pt": "pt_PT", "ar": "ar_AR", "zh-hans": "zh_CN"}
# The largest rendition of the page's hero format, made when the page is published (core/images.py).
SHARE_IMAGE_SPEC = IMAGE_FORMATS["hero"].specs[-1]
ARTICLE_TYPES = {"newspage", "factsheetpage"}


@dataclass
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


@dataclass
class Preview:
    title: str
    description: str
    url: str
    type: str
    locale: str
    alternate_locales: list = field(default_factory=list)
    image: ShareImage | None = None


def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code) or translation.to_locale(language_code)


def page_image(page):
    """The image that stands for the page, and its alternative text: its card image, else its hero image, else its logo."""
    for image_field, alt_field in (("listing_image", "listing_image_alt"), ("hero_image", ""), ("logo", "")):
        image = getattr(page, image_field, None)
        if image is not None:
            return image, getattr(page, alt_field, "") if alt_field else page.title
    return None, ""


def share_image(page, request):
    image, alt = page_image(page)
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    except (SourceImageIOError, OSError):
        # As responsive_image does: a missing or unreadable original leaves the preview without an image.
        logger.warning("Image %s cannot be rendered for the share preview", image.pk, exc_info=True)
        return None
    return ShareImage(request.build_absolute_uri(rendition.url), rendition.width, rendition.height, alt)


def page_preview(page, request):
    """The preview of a published page; the alternate locales are its live public translations only."""
    language_code = page.locale.language_code
    translations = live_translations(page, request)
    return Preview(
        title=page.seo_title or page.title,
        description=meta_description(page),
        url=request.build_absolute_uri(page.get_url(request)),
        type="article" if page._meta.model_name in ARTICLE_TYPES else "website",
        locale=open_graph_locale(language_code),
        alternate_locales=[
            open_graph_locale(code) for code in supported_language_codes() if code in translations and code != language_code
        ],
        image=share_image(page, request),
    )
