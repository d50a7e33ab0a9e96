"""What a search result shows: its page type, the options it is filed under, a snippet."""

from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.text import capfirst
from wagtail.models import Page

from core.fallback import other_language

from .facets import FacetData
from .highlight import Highlighter, snippet_texts
from .options import shown_options


@dataclass
class SearchResult:
    page: Page
    page_type: str
    tags: list
    snippet: str  # safe HTML: escaped text, the matched words in <mark>
    title: str = ""  # the same
    other_language: object = None  # core.fallback.OtherLanguage of a page shown in another language

    @cached_property
    def url(self):
        return self.page.url


def describe(pages, locale, query=""):
    """Results for ``pages``, each with the live options it is filed under (themes, country) as tags,
    named as the visitor sees them, its language when it is not theirs (a fallback), and its title
    and a snippet with the words of ``query`` marked (``search.highlight``)."""
    highlighter = Highlighter(query, locale.language_code)
    data = FacetData([page.pk for page in pages])
    values = {}
    for shown in data.shown.values():
        for facet, value in shown:
            values.setdefault(facet, set()).add(value)
    options = shown_options(values, locale.language_code)
    results = []
    for page in pages:
        tags = [options[facet][value][1] for facet, value in data.shown[page.pk] if value in options.get(facet, {})]
        results.append(
            SearchResult(
                page=page,
                page_type=capfirst(page._meta.verbose_name),
                tags=list(dict.fromkeys(tags)),
                snippet=highlighter.snippet(snippet_texts(page)),
                title=highlighter.mark(page.title),
                other_language=other_language(page, locale.pk),
            )
        )
    return results
