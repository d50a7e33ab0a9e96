"""The filters shown next to the results: each facet's options, labelled in the visitor's language."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.utils.text import capfirst

from core.collation import sort_key
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


def shown_options(values_by_facet, option_labels):
    """``{facet: {option id: (id shown, title shown)}}``: every option page, given in any language, as
    the visitor sees it (their language, or the best fallback: ``option_labels``, a
    ``search.option_labels.OptionLabels``); options no visitor may see are left out."""
    shown = defaultdict(dict)
    for name in option_models():
        for value in values_by_facet.get(name, ()):
            option = option_labels.shown(name, value)
            if option is not None:
                shown[name][value] = (option.page_id, option.title)
    return shown


def _merged_counts(counts, option_labels):
    """Counts keyed by the option the visitor sees: the versions of one option in several languages add up."""
    shown = shown_options(counts, option_labels)
    merged = {name: Counter() for name in counts}
    titles = defaultdict(dict)
    for name, counter in counts.items():
        for value, count in counter.items():
            if name not in option_models():
                merged[name][value] += count
            elif value in shown[name]:
                shown_id, title = shown[name][value]
                titles[name][shown_id] = title
                merged[name][shown_id] += count
    return merged, titles


def _labels(counts, option_labels):
    merged, labels = _merged_counts(counts, option_labels)
    labels[TYPE.name] = {page_type_key(model): capfirst(model._meta.verbose_name) for model in searchable_page_models()}
    labels[YEAR.name] = {value: str(value) for value in counts.get(YEAR.name, ())}
    return merged, labels


def build_facets(counts, selected, locale, option_labels):
    """The facets shown to the visitor: labelled in their language (``option_labels``), a selected option
    always listed."""
    for name, value in selected.items():
        if value is not None and value not in counts[name]:
            counts[name][value] = 0
    counts, labels = _labels(counts, option_labels)
    selected = {name: _shown_selection(name, value, option_labels) for name, value in selected.items()}
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


def _shown_selection(name, value, option_labels):
    """The option a selected value is listed as: the version of it the visitor sees."""
    option = option_labels.shown(name, value) if name in option_models() and value else None
    return option.page_id if option is not None else value


def drop_unknown_filters(selected, option_labels):
    """Selected options that name no page of the facet's type visitors may see (in any language) are ignored."""
    for name, value in selected.items():
        if name in option_models() and value is not None and not option_labels.is_visible(name, value):
            selected[name] = None
    return selected


def accepted_values(selected, option_labels):
    """``{facet: values a page may be filed under}`` for the active filters: an option in any
    language accepts every translation of it (a fallback page is filed under the French theme)."""
    return {
        name: option_labels.translations(value) if name in option_models() else [value]
        for name, value in selected.items()
        if value is not None
    }
