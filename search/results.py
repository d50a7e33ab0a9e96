"""What a search result shows: its page type, the options it is filed under, a snippet."""

from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.text import capfirst
from wagtail.models import Page

from .facets import FacetData
from .options import option_titles


@dataclass
class SearchResult:
    page: Page
    page_type: str
    tags: list
    snippet: str

    @cached_property
    def url(self):
        return self.page.url


def describe(pages, locale):
    """Results for ``pages``, each with the live options it is filed under (themes, country) as tags."""
    data = FacetData([page.pk for page in pages])
    values = {}
    for shown in data.shown.values():
        for facet, value in shown:
            values.setdefault(facet, set()).add(value)
    titles = option_titles(values, locale)
    results = []
    for page in pages:
        tags = [titles[facet][value] for facet, value in data.shown[page.pk] if value in titles.get(facet, {})]
        results.append(
            SearchResult(
                page=page,
                page_type=capfirst(page._meta.verbose_name),
                tags=tags,
                snippet=getattr(page, "summary", "") or page.search_description or "",
            )
        )
    return results
