"""Re-indexing the pages filed under a renamed or hidden option runs on the background worker.

Renaming a theme changes the indexed text of every fact sheet filed under it: dozens or hundreds of
pages, which the editor's request must not wait for. The task carries the option's page id and reads
the pages filed under it when it runs, so it indexes what is published then.
"""

import logging

from django.db.models import Q
from django_tasks import task
from wagtail.models import Page
from wagtail.search.backends import get_search_backends_with_name

from core.facets import searchable_page_models

logger = logging.getLogger(__name__)


def is_an_option(page):
    """Whether pages may be filed under ``page`` (it is an option of a facet: a theme, a country...)."""
    return getattr(type(page), "facet", None) is not None


def pages_found_by_title_of(option):
    """``{model: live pages}`` of the pages whose index holds ``option``'s title."""
    found = {}
    if not is_an_option(option):
        return found
    facet = type(option).facet
    for model in searchable_page_models():
        condition = Q(pk__in=[])
        for declared in model.facet_values:
            if declared.facet == facet.name and declared.title_indexed:
                condition |= declared.filter([option.pk])
        if condition != Q(pk__in=[]):
            found[model] = model.objects.live().filter(condition).distinct()
    return found


@task(backend="background")
def reindex_pages_filed_under(option_page_id):
    option = Page.objects.filter(pk=option_page_id).specific().first()
    if option is None:  # deleted since: Wagtail's own signals took its pages out of the index
        return
    for model, pages in pages_found_by_title_of(option).items():
        for name, backend in get_search_backends_with_name(with_auto_update=True):
            try:
                backend.add_bulk(model, pages)
            except Exception:
                # As Wagtail does on save: an engine that is down must not lose the other backends' update.
                logger.exception("Could not re-index the pages filed under %r in the '%s' search backend", option, name)
                if not backend.catch_indexing_errors:
                    raise
