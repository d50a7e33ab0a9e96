"""Keep the search index in step with what editors publish.

Wagtail's index update runs on ``post_save``, which a clusterable page sends before its inline
rows (theme and country links) are written: without ``reindex_published_page`` the index would
keep the links of the previous revision, for the option titles a page is found by and for the
engine's facet fields. Pages are also found by the titles of the options they are filed under
(``FacetValue(title_indexed=True)``), so renaming a theme or a country re-indexes those pages, and so
does hiding it (unpublishing it, or restricting who may see it): its title leaves their indexed text.
"""

import logging

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backends_with_name
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published, page_unpublished

from core.facets import searchable_page_models

logger = logging.getLogger(__name__)


def reindex_published_page(sender, instance, **kwargs):
    insert_or_update_object(instance.specific)


def reindex_other_versions(sender, instance, **kwargs):
    """Publishing or unpublishing one version changes which version other languages' visitors are
    shown (the engine's ``facet_shown_to``): re-index the page's other versions."""
    for version in Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk).specific():
        insert_or_update_object(version)


def _title_changed(page, revision):
    previous = page.revisions.exclude(pk=getattr(revision, "pk", None)).order_by("-created_at", "-pk").first()
    return previous is None or previous.content.get("title") != page.title


def pages_found_by_title_of(option):
    """``{model: live pages}`` of the pages whose index holds ``option``'s title."""
    facet = getattr(type(option), "facet", None)
    found = {}
    if facet is None:
        return found
    for model in searchable_page_models():
        condition = Q(pk__in=[])
        for declared in model.facet_values:
            if declared.facet == facet.name and declared.title_indexed:
                condition |= declared.filter([option.pk])
        if condition != Q(pk__in=[]):
            found[model] = model.objects.live().filter(condition).distinct()
    return found


def reindex_pages_filed_under_renamed_page(sender, instance, revision=None, **kwargs):
    page = instance.specific
    if _title_changed(page, revision):
        reindex_pages_filed_under(page)


def reindex_pages_filed_under_hidden_page(sender, instance, **kwargs):
    """A theme or country unpublished, made private or public again: its title leaves or joins their text."""
    page = instance.page if isinstance(instance, PageViewRestriction) else instance
    reindex_pages_filed_under(page.specific)


def reindex_pages_filed_under(page):
    for model, pages in pages_found_by_title_of(page).items():
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(model, pages)
            except Exception:
                # As Wagtail does on save: an engine that is down must not stop the publication.
                logger.exception("Could not re-index the pages filed under %r in the '%s' search backend", page, name)
                if not backend.catch_indexing_errors:
                    raise


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")
    page_published.connect(reindex_other_versions, dispatch_uid="search_reindex_versions_on_publish")
    page_unpublished.connect(reindex_other_versions, dispatch_uid="search_reindex_versions_on_unpublish")
    page_published.connect(reindex_pages_filed_under_renamed_page, dispatch_uid="search_reindex_renamed_option")
    page_unpublished.connect(reindex_pages_filed_under_hidden_page, dispatch_uid="search_reindex_unpublished_option")
    for signal in (post_save, post_delete):
        signal.connect(reindex_pages_filed_under_hidden_page, sender=PageViewRestriction, dispatch_uid=f"search_reindex_restricted_option_{signal is post_save}")


def disconnect():
    page_published.disconnect(dispatch_uid="search_reindex_published_page")
    page_published.disconnect(dispatch_uid="search_reindex_versions_on_publish")
    page_unpublished.disconnect(dispatch_uid="search_reindex_versions_on_unpublish")
    page_published.disconnect(dispatch_uid="search_reindex_renamed_option")
    page_unpublished.disconnect(dispatch_uid="search_reindex_unpublished_option")
    for signal in (post_save, post_delete):
        signal.disconnect(sender=PageViewRestriction, dispatch_uid=f"search_reindex_restricted_option_{signal is post_save}")
