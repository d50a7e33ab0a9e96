"""Keep the search index in step with what editors publish.

Wagtail's index update runs on ``post_save``, which a clusterable page sends before its inline
rows (theme and country links) are written: without ``reindex_published_page`` the index would
keep the links of the previous revision, for the theme and country names a fact sheet is found
by and for the engine's facet fields. Fact sheets are also found by the names of their themes
and countries, so renaming one of those re-indexes the fact sheets filed under it.
"""

import logging

from django.db.models import Q
from wagtail.search.backends import get_search_backends_with_name
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published

logger = logging.getLogger(__name__)


def reindex_published_page(sender, instance, **kwargs):
    insert_or_update_object(instance.specific)


def _title_changed(page, revision):
    previous = page.revisions.exclude(pk=getattr(revision, "pk", None)).order_by("-created_at", "-pk").first()
    return previous is None or previous.content.get("title") != page.title


def reindex_fact_sheets_of_renamed_page(sender, instance, revision=None, **kwargs):
    from showcase.models import CountryPage, FactSheetPage
    from themes.models import ThemePage

    page = instance.specific
    if not isinstance(page, (ThemePage, CountryPage)) or not _title_changed(page, revision):
        return
    fact_sheets = (
        FactSheetPage.objects.live()
        .filter(Q(theme_links__theme=page) | Q(country_links__country=page) | Q(place_country=page))
        .distinct()
    )
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            backend.add_bulk(FactSheetPage, fact_sheets)
        except Exception:
            # As Wagtail does on save: an engine that is down must not stop the publication.
            logger.exception("Could not re-index the fact sheets of %r in the '%s' search backend", page, name)
            if not backend.catch_indexing_errors:
                raise


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")
    page_published.connect(reindex_fact_sheets_of_renamed_page, dispatch_uid="search_reindex_renamed_theme")


def disconnect():
    page_published.disconnect(dispatch_uid="search_reindex_published_page")
    page_published.disconnect(dispatch_uid="search_reindex_renamed_theme")
