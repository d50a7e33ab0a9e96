"""Keep the search index in step with what editors publish.

Wagtail's index update runs on ``post_save``, which a clusterable page sends before its inline
rows (theme and country links) are written: without ``reindex_published_page`` the index would
keep the links of the previous revision, for the option titles a page is found by and for the
engine's facet fields. Pages are also found by the titles of the options they are filed under
(``FacetValue(title_indexed=True)``), so renaming a theme or a country re-indexes those pages, and so
does hiding it (unpublishing it, or restricting who may see it): its title leaves their indexed text.
That re-indexing runs on the background worker (``search.tasks``), the page itself in the request.

Which searches have promoted pages is kept in the site-wide cache (``search.promotions``): a change to a
promotion makes that cache stale, like a change to a page.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published, page_unpublished

from core import site_wide_cache

from . import tasks
from .models import PromotedPage, Promotion


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


def reindex_pages_filed_under_renamed_page(sender, instance, revision=None, **kwargs):
    page = instance.specific
    if _title_changed(page, revision):
        reindex_pages_filed_under(page)


def reindex_pages_filed_under_hidden_page(sender, instance, **kwargs):
    """A theme or country unpublished, made private or public again: its title leaves or joins their text."""
    page = instance.page if isinstance(instance, PageViewRestriction) else instance
    reindex_pages_filed_under(page.specific)


def reindex_pages_filed_under(page):
    """On the worker: a theme's fact sheets may be hundreds (``search.tasks``)."""
    if tasks.is_an_option(page):
        tasks.reindex_pages_filed_under.enqueue(page.pk)


def forget_promotions(sender, **kwargs):
    site_wide_cache.forget()


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")
    page_published.connect(reindex_other_versions, dispatch_uid="search_reindex_versions_on_publish")
    page_unpublished.connect(reindex_other_versions, dispatch_uid="search_reindex_versions_on_unpublish")
    page_published.connect(reindex_pages_filed_under_renamed_page, dispatch_uid="search_reindex_renamed_option")
    page_unpublished.connect(reindex_pages_filed_under_hidden_page, dispatch_uid="search_reindex_unpublished_option")
    for signal in (post_save, post_delete):
        signal.connect(reindex_pages_filed_under_hidden_page, sender=PageViewRestriction, dispatch_uid=f"search_reindex_restricted_option_{signal is post_save}")
    # Not undone by disconnect(), which only pauses the indexing.
    for model in (Promotion, PromotedPage):
        for signal in (post_save, post_delete):
            signal.connect(forget_promotions, sender=model, dispatch_uid=f"search_forget_promotions_{model.__name__}_{signal is post_save}")


def disconnect():
    page_published.disconnect(dispatch_uid="search_reindex_published_page")
    page_published.disconnect(dispatch_uid="search_reindex_versions_on_publish")
    page_unpublished.disconnect(dispatch_uid="search_reindex_versions_on_unpublish")
    page_published.disconnect(dispatch_uid="search_reindex_renamed_option")
    page_unpublished.disconnect(dispatch_uid="search_reindex_unpublished_option")
    for signal in (post_save, post_delete):
        signal.disconnect(sender=PageViewRestriction, dispatch_uid=f"search_reindex_restricted_option_{signal is post_save}")
