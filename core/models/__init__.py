from .base import IndexPage, ListingMixin, TranslatableOrderable
from .fields import optional_image, optional_page, page_type_choice
from .pages import StandardPage
from .settings import SiteChrome, SocialLink

__all__ = [
    "IndexPage",
    "ListingMixin",
    "SiteChrome",
    "SocialLink",
    "StandardPage",
    "TranslatableOrderable",
    "optional_image",
    "optional_page",
    "page_type_choice",
]
