"""Re-index a page once it is published with its inline rows.

Wagtail's index update runs on ``post_save``, which a clusterable page sends before its inline
rows (theme and country links) are written: without this, the index would keep the links of
the previous revision, for the theme and country names a fact sheet is found by and for the
engine's facet fields.
"""

from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    insert_or_update_object(instance.specific)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")
