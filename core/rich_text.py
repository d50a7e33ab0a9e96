"""Page links in rich text lead to the visitor's language, or to the best fallback marked with ``hreflang``.

Wagtail's own handler follows ``page.localized``, which falls back to the linked page itself (the
French original) and says nothing about its language.
"""

from django.utils import translation
from django.utils.html import escape
from wagtail.rich_text.pages import PageLinkHandler

from core.fallback import best_versions, visible_versions


class VisitorPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        language = translation.get_language()
        pages = cls.get_many(attrs_list)
        keys = {page.translation_key for page in pages if page is not None}
        shown = {
            page.translation_key: page
            for page in best_versions(visible_versions().filter(translation_key__in=keys), language).select_related(
                "locale"
            )
        }
        return [cls._anchor(shown.get(page.translation_key) if page else None, language) for page in pages]

    @staticmethod
    def _anchor(page, language):
        if page is None:
            return "<a>"
        code = page.locale.language_code
        hreflang = "" if code == language else f' hreflang="{escape(translation.to_locale(code).replace("_", "-"))}"'
        return f'<a href="{escape(page.url)}"{hreflang}>'
