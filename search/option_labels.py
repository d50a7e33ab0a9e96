"""The options of the facets whose options are pages (themes, countries, programmes), as the visitors of one
language see them, read once per language and kept in the site-wide cache (``core.site_wide_cache``).

A search reads them several times (the filters' labels, the selected options, the tags of each result, the
filters' translations): with the cache, none of this costs a query. Options are pages, so publishing,
unpublishing or restricting one gives the cache a new version and the next search reads them again.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from wagtail.models import Page

from core import site_wide_cache
from core.facets import option_models
from core.fallback import best_versions
from core.visibility import visible_to_visitors


@dataclass(frozen=True)
class ShownOption:
    page_id: int  # the version the visitor sees: theirs, or the best fallback (core.fallback)
    title: str


@dataclass
class OptionLabels:
    """Every option page, in any language and state, and the version of it a visitor of one language sees."""

    facet_of: dict = field(default_factory=dict)  # {option page id: facet name}
    key_of: dict = field(default_factory=dict)  # {option page id: translation key}
    visible: set = field(default_factory=set)  # ids of the option pages visitors may see themselves
    shown_by_key: dict = field(default_factory=dict)  # {translation key: ShownOption}
    ids_by_key: dict = field(default_factory=dict)  # {translation key: [option page ids in every language]}

    def shown(self, facet, page_id):
        """The ``ShownOption`` of ``page_id`` (any version of an option of ``facet``), or None when hidden."""
        if self.facet_of.get(page_id) != facet:
            return None
        return self.shown_by_key.get(self.key_of[page_id])

    def is_visible(self, facet, page_id):
        return self.facet_of.get(page_id) == facet and page_id in self.visible

    def translations(self, page_id):
        """Every version of the option ``page_id`` (the same option in every language), itself included."""
        key = self.key_of.get(page_id)
        return list(self.ids_by_key[key]) if key is not None else [page_id]


def option_labels(language_code):
    """The ``OptionLabels`` of visitors of ``language_code``, from the site-wide cache."""
    return site_wide_cache.remember(f"search:option-labels:{language_code}", lambda: read_option_labels(language_code))


def read_option_labels(language_code):
    """Two queries, whatever the number of options and languages."""
    models = option_models()
    content_types = ContentType.objects.get_for_models(*models.values())
    facet_by_type = {content_types[model].pk: name for name, model in models.items()}
    options = Page.objects.filter(content_type__in=list(facet_by_type))
    is_visible = Exists(visible_to_visitors(Page.objects.filter(pk=OuterRef("pk"))))
    labels = OptionLabels()
    rows = options.annotate(visible=is_visible).values_list("pk", "content_type_id", "translation_key", "visible")
    for pk, content_type_id, key, visible in rows:
        labels.facet_of[pk] = facet_by_type[content_type_id]
        labels.key_of[pk] = key
        labels.ids_by_key.setdefault(key, []).append(pk)
        if visible:
            labels.visible.add(pk)
    shown = best_versions(visible_to_visitors(options), language_code).values_list("translation_key", "pk", "title")
    labels.shown_by_key = {key: ShownOption(pk, title) for key, pk, title in shown}
    return labels
