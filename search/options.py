"""The filters shown next to the results: each facet's options, labelled in the visitor's language."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from wagtail.models import Page

from core.collation import sort_key
from core.facets import TYPE, YEAR, facets, option_models, page_type_key, searchable_page_models
from core.fallback import best_version_ids, translation_ids
from core.visibility import visible_to_visitors


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


def shown_options(values_by_facet, language):
    """``{facet: {option id: (id shown, title shown)}}``: every option page, given in any language, as
    the visitor sees it (their language, or the best fallback); options no visitor may see are left out."""
    models = option_models()
    content_types = ContentType.objects.get_for_models(*models.values())
    names_by_type = {content_types[model].pk: name for name, model in models.items()}
    ids = [value for name in models for value in values_by_facet.get(name, ())]
    shown_ids = best_version_ids(ids, language)
    rows = Page.objects.filter(pk__in=set(shown_ids.values())).values_list("pk", "content_type_id", "title")
    titles = {pk: (names_by_type.get(content_type_id), title) for pk, content_type_id, title in rows}
    shown = defaultdict(dict)
    for option_id, shown_id in shown_ids.items():
        name, title = titles.get(shown_id, (None, ""))
        if name is not None:
            shown[name][option_id] = (shown_id, title)
    return shown


def _merged_counts(counts, language):
    """Counts keyed by the option the visitor sees: the versions of one option in several languages add up."""
    shown = shown_options(counts, language)
    merged = {name: Counter() for name in counts}
    labels = defaultdict(dict)
    for name, counter in counts.items():
        for value, count in counter.items():
            if name not in option_models():
                merged[name][value] += count
            elif value in shown[name]:
                shown_id, title = shown[name][value]
                labels[name][shown_id] = title
                merged[name][shown_id] += count
    return merged, labels


def _labels(counts, language):
    merged, labels = _merged_counts(counts, language)
    labels[TYPE.name] = {page_type_key(model): capfirst(model._meta.verbose_name) for model in searchable_page_models()}
    labels[YEAR.name] = {value: str(value) for value in counts.get(YEAR.name, ())}
    return merged, labels


def build_facets(counts, selected, locale):
    """The facets shown to the visitor: labelled in their language, a selected option always listed."""
    for name, value in selected.items():
        if value is not None and value not in counts[name]:
            counts[name][value] = 0
    counts, labels = _labels(counts, locale.language_code)
    shown_selection = best_version_ids([value for name, value in selected.items() if name in option_models() and value], locale.language_code)
    selected = {name: shown_selection.get(value, value) for name, value in selected.items()}
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
            options.sort(key=lambda option: (-option.count, sort_key(str(option.label), locale.language_code)))
        shown.append(Facet(name=facet.name, label=facet.label, options=options))
    return shown


def drop_unknown_filters(selected):
    """Selected options that name no page of the facet's type visitors may see (in any language) are ignored."""
    models = option_models()
    for name, value in selected.items():
        model = models.get(name)
        if model is not None and value is not None and not visible_to_visitors(model.objects.filter(pk=value)).exists():
            selected[name] = None
    return selected


def accepted_values(selected):
    """``{facet: values a page may be filed under}`` for the active filters: an option in any
    language accepts every translation of it (a fallback page is filed under the French theme)."""
    models = option_models()
    return {
        name: translation_ids([value]) if name in models else [value]
        for name, value in selected.items()
        if value is not None
    }
