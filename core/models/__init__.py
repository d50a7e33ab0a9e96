from .base import IndexPage, ListingMixin, TranslatableOrderable, page_type_choice
from .pages import StandardPage
from .settings import SiteChrome, SocialLink

__all__ = [
    "IndexPage",
    "ListingMixin",
    "SiteChrome",
    "SocialLink",
    "StandardPage",
    "TranslatableOrderable",
    "page_type_choice",
]
