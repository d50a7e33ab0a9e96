"""What a search result shows: its page type, the options it is filed under, a snippet."""

from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.text import capfirst
from wagtail.models import Page

from core.facets import TYPE, page_type_key, searchable_page_models
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


def _specific_pages(page_ids, data):
    """``{page id: specific page}``: one query per page type, the types read with the facet values (``data``)."""
    models = {page_type_key(model): model for model in searchable_page_models()}
    ids_by_model = {}
    for pk in page_ids:
        for type_key in data.values[pk][TYPE.name] & models.keys():
            ids_by_model.setdefault(models[type_key], []).append(pk)
    return {page.pk: page for model, ids in ids_by_model.items() for page in model.objects.filter(pk__in=ids)}


def describe(page_ids, locale, option_labels, query=""):
    """Results for the pages ``page_ids``, in order, each with the live options it is filed under (themes,
    country) as tags, named as the visitor sees them (``option_labels``), its language when it is not theirs
    (a fallback), and its title and a snippet with the words of ``query`` marked (``search.highlight``)."""
    highlighter = Highlighter(query, locale.language_code)
    data = FacetData(page_ids)
    pages = _specific_pages(page_ids, data)
    values = {}
    for shown in data.shown.values():
        for facet, value in shown:
            values.setdefault(facet, set()).add(value)
    options = shown_options(values, option_labels)
    results = []
    for page in (pages[pk] for pk in page_ids if pk in pages):
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
