"""Purging, once an editor's change is committed, exactly the cached responses it makes stale.

Publishing, unpublishing or deleting a page purges the pages that show it (``related.py``) and the
responses that are not one page (``ROUTES``: sitemap, robots.txt, opted-in views). Moving a page
changes the address of its whole subtree, so it purges everything, as saving a setting, a snippet
or a model of ``PAGE_CACHE_SITE_WIDE_MODELS`` does. Saving an image or a document purges the pages
that use it. README, "Page cache", says how another app hooks in.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from . import front, related, tags

_BEFORE_CHANGE = "_page_cache_shown_before"


def purge_on_commit(tag_names):
    tag_names = set(tag_names)
    transaction.on_commit(lambda: tags.purge(tag_names))
    front.purge_on_commit(tag_names)  # the edge cache in front of the app servers, when there is one


def purge_pages(page_ids):
    """Purge the cached pages ``page_ids`` and the responses that are not one page: the entry point for
    code that changes what pages show without publishing them."""
    purge_on_commit([tags.ROUTES, *(tags.page_tag(pk) for pk in page_ids)])


def purge_everything():
    purge_on_commit([tags.EVERYTHING, tags.ROUTES])


def _purge_page_and_where_shown(page, also=(), was_in_menus=False):
    if was_in_menus or related.shown_on_every_page(page):
        purge_everything()
    else:
        purge_pages(related.pages_showing(page) | set(also))


def _cache_in_use():
    """With the page cache off (the development and test settings), publishing spends nothing on it."""
    return settings.PAGE_CACHE_ENABLED


def remember_where_shown(sender, instance, **kwargs):
    """Before a page is saved, note the pages it linked to and whether it was in the menus: a fact sheet
    moved to another theme leaves the old theme too, a page taken out of the menus leaves every header."""
    if _cache_in_use() and isinstance(instance, Page) and instance.pk is not None and not kwargs.get("raw"):
        linked = related.with_translations(related.linked_page_ids(instance))
        in_menus = Page.objects.filter(pk=instance.pk, show_in_menus=True).exists()
        setattr(instance, _BEFORE_CHANGE, (linked, in_menus))


def on_publish_or_unpublish(sender, instance, **kwargs):
    if not _cache_in_use():
        return
    linked_before, was_in_menus = getattr(instance, _BEFORE_CHANGE, ((), False))
    _purge_page_and_where_shown(instance, also=linked_before, was_in_menus=was_in_menus)


def on_page_delete(sender, instance, **kwargs):
    if _cache_in_use() and isinstance(instance, Page):
        _purge_page_and_where_shown(instance)


def on_page_move(sender, instance, **kwargs):
    if _cache_in_use():
        purge_everything()


def _is_site_wide(model):
    return (
        issubclass(model, (BaseSiteSetting, BaseGenericSetting))
        or model in get_snippet_models()
        or model._meta.label in settings.PAGE_CACHE_SITE_WIDE_MODELS
    )


def on_model_change(sender, instance, raw=False, **kwargs):
    if raw or not apps.ready or not _cache_in_use():
        return
    if _is_site_wide(sender):
        purge_everything()
    elif sender in (get_image_model(), get_document_model()):
        purge_pages(related.pages_using(instance))


def connect():
    front.disconnect_wagtail_handlers()
    pre_save.connect(remember_where_shown, dispatch_uid="page_cache_remember")
    page_published.connect(on_publish_or_unpublish, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_publish_or_unpublish, dispatch_uid="page_cache_unpublished")
    pre_delete.connect(on_page_delete, dispatch_uid="page_cache_page_delete")
    post_page_move.connect(on_page_move, dispatch_uid="page_cache_move")
    post_save.connect(on_model_change, dispatch_uid="page_cache_model_save")
    post_delete.connect(on_model_change, dispatch_uid="page_cache_model_delete")
