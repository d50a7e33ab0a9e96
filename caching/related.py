"""Which pages show a given page: found through the tree and Wagtail's reference index, so that
page types and relations added by any app are covered without declaring anything.

A page is shown by its ancestors (listings, indexes, the home page), by the pages it links to (a
fact sheet appears on its themes, countries, programme and organisations), by the pages that link
to it, and by the pages settings point to; each in every language, since listings fall back to other
languages. The pages settings point to (the site map page lists every page) are refreshed at every
change.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, ReferenceIndex


def _page_content_type_id():
    return ContentType.objects.get_for_model(Page).pk


def linked_page_ids(page):
    """Ids of the pages ``page`` links to, as the reference index holds them (its live version)."""
    references = ReferenceIndex.get_references_for_object(page).filter(to_content_type_id=_page_content_type_id())
    return {int(pk) for pk in references.values_list("to_object_id", flat=True)}


def _linking_page_ids(obj):
    references = ReferenceIndex.get_references_to(obj).filter(base_content_type_id=_page_content_type_id())
    return {int(pk) for pk in references.values_list("object_id", flat=True)}


def shown_on_every_page(page):
    """A page in the menus or chosen in a setting (footer links), in any language, appears in every page's chrome."""
    return page.show_in_menus or page.pk in with_translations(pages_chosen_in_settings())


def pages_chosen_in_settings():
    """Ids of the pages a setting points to (the footer's pages, the site map page, which lists every page),
    read from every setting's foreign keys to pages: Wagtail's reference index does not track settings."""
    ids = set()
    for model in apps.get_models():
        if not issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
            continue
        columns = [f.attname for f in model._meta.concrete_fields if f.many_to_one and issubclass(f.related_model, Page)]
        for row in model.objects.values_list(*columns) if columns else []:
            ids |= {pk for pk in row if pk}
    return ids


def with_translations(page_ids):
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    return set(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))


def pages_showing(page):
    """Ids of every page, in every language, whose rendering may show ``page``."""
    ids = {page.pk, *linked_page_ids(page), *_linking_page_ids(page), *pages_chosen_in_settings()}
    ids |= set(page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))
    return with_translations(ids)


def pages_using(obj):
    """Ids of the pages showing a page that uses ``obj`` (an image or a document)."""
    ids = set()
    for page in Page.objects.filter(pk__in=_linking_page_ids(obj)):
        ids |= pages_showing(page)
    return ids
