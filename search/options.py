"""The filters shown next to the results: each facet's options, labelled in the visitor's language."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from wagtail.models import Page

from core.facets import TYPE, YEAR, facets, option_models, page_type_key, searchable_page_models


@dataclass
class FacetOption:
    value: object
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected_option(self):
        return next((option for option in self.options if option.selected), None)


def option_titles(values_by_facet, locale):
    """``{facet: {page id: title}}`` of the live, public option pages in ``locale``, in one query."""
    models = option_models()
    content_types = ContentType.objects.get_for_models(*models.values())
    names_by_type = {content_types[model].pk: name for name, model in models.items()}
    ids = [value for name in models for value in values_by_facet.get(name, ())]
    titles = defaultdict(dict)
    if ids:
        rows = Page.objects.live().public().filter(pk__in=ids, locale=locale).values_list("pk", "content_type_id", "title")
        for pk, content_type_id, title in rows:
            if content_type_id in names_by_type:
                titles[names_by_type[content_type_id]][pk] = title
    return titles


def _labels(counts, locale):
    labels = option_titles(counts, locale)
    labels[TYPE.name] = {page_type_key(model): capfirst(model._meta.verbose_name) for model in searchable_page_models()}
    labels[YEAR.name] = {value: str(value) for value in counts.get(YEAR.name, ())}
    return labels


def build_facets(counts, selected, locale):
    """The facets shown to the visitor: labelled in their language, a selected option always listed."""
    for name, value in selected.items():
        if value is not None and value not in counts[name]:
            counts[name][value] = 0
    labels = _labels(counts, locale)
    shown = []
    for facet in facets():
        options = [
            FacetOption(value=value, label=labels[facet.name][value], count=count, selected=value == selected[facet.name])
            for value, count in counts[facet.name].items()
            if value in labels[facet.name]
        ]
        if facet.name == YEAR.name:
            options.sort(key=lambda option: -option.value)
        else:
            options.sort(key=lambda option: (-option.count, str(option.label)))
        shown.append(Facet(name=facet.name, label=facet.label, options=options))
    return shown


def drop_unknown_filters(selected, locale):
    """Selected options that name no live, public page of the facet's type in this locale are ignored."""
    models = option_models()
    for name, value in selected.items():
        model = models.get(name)
        if model is not None and value is not None and not model.objects.live().public().filter(pk=value, locale=locale).exists():
            selected[name] = None
    return selected
