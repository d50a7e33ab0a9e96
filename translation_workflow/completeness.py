"""Which visible texts of a translation are not translated yet, and the rule built on it.

A translation whose visible texts are not all translated is not published: the translation
editor's "Publish", the approval that ends a moderation workflow and the bulk "Publish" action
refuse it (completeness_views.py), naming the fields and where they are; code that publishes with
no person looking goes through ``publish_if_complete``. A user who may publish the page may still
do so from the page the refusals link to, after ticking a confirmation; that override is logged in
the page's history (``LOG_ACTION``).

Visible texts are those the translation editor shows (fields on an edit panel) except the slug:
the slug is filled automatically (``fill_slug``: the translated slug of ``core.slugs``, or the
source page's slug; a page published before keeps its own), never blocks publishing and never
counts as untranslated.
"""

import functools
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue
from wagtail_localize.views.edit_translation import FieldHasNoEditPanelError, TabHelper, get_segment_location_info

from core.slugs import slug_for_translation
from translation_workflow.memory import fill_identical_texts

LOG_ACTION = "translation_workflow.publish_incomplete"
HIDDEN_FIELDS = frozenset({"slug"})
AUTOMATIC_SLUG = "Vivapolis: automatic slug"
MAX_TEXTS_NAMED = 12  # in a refusal message; the override's confirmation page lists them all


@functools.cache
def _fields_on_panels(model):
    """Names of the fields and child relations that ``model``'s edit form shows, on any tab."""
    return frozenset(TabHelper(model()).field_tab_mapping)


def is_visible(model, content_path):
    """Whether the text at ``content_path`` of a ``model`` is one translators see and must translate."""
    field_name = content_path.split(".", 1)[0]
    return field_name not in HIDDEN_FIELDS and field_name in _fields_on_panels(model)


@dataclass(frozen=True)
class UntranslatedText:
    tab: str
    tab_slug: str
    field: str
    sub_field: str
    source: str  # the source text, as plain text

    @property
    def where(self):
        """The tab, the field and the part of the field: "Content › Key questions › Question"."""
        return " › ".join(str(part) for part in (self.tab, self.field, self.sub_field) if part)

    @property
    def excerpt(self):
        return Truncator(self.source).chars(80)


def untranslated_texts(translation):
    """The visible texts of ``translation`` that have no valid translation, in the editor's order."""
    instance = translation.source.as_instance()
    tab_helper = TabHelper(instance)
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .select_related("context", "string")
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .order_by("order")
    )
    located = []
    for segment in segments:
        path = segment.context.path
        if not is_visible(type(instance), path):
            continue
        try:
            location = get_segment_location_info(instance, tab_helper, path, segment.context.get_field_path(instance))
        except FieldHasNoEditPanelError:
            continue
        text = UntranslatedText(
            tab=tab_helper.get_field_tab(path.split(".", 1)[0]),
            tab_slug=location["tab"],
            field=str(location["field"]),
            sub_field=str(location["subField"] or ""),
            source=StringValue(segment.string.data).render_text(),
        )
        located.append(((location["order"], segment.order), text))
    return [text for _order, text in sorted(located, key=lambda item: item[0])]


def fill_slug(translation):
    """Give the translation's slug its automatic value, unless a translator chose one.

    Before the translation is first published, the slug ``core.slugs`` makes from the translated
    title (the source page's slug while the title is not translated, and for languages not written
    in Latin letters), following the title until then. A page published before keeps its address.
    """
    slug_and_title = StringSegment.objects.filter(source=translation.source, context__path__in=["slug", "title"])
    segments = {segment.context.path: segment for segment in slug_and_title.select_related("string", "context")}
    if "slug" not in segments:
        return
    slug_segment, locale = segments["slug"], translation.target_locale
    current = StringTranslation.objects.filter(translation_of=slug_segment.string, context=slug_segment.context, locale=locale).first()
    target = translation.source.object.get_instance_or_none(locale)
    published_before = target is not None and target.first_published_at is not None
    if current and (current.tool_name != AUTOMATIC_SLUG or published_before):
        return
    if published_before:
        slug = target.slug
    else:
        title = segments.get("title") and StringTranslation.objects.filter(
            translation_of=segments["title"].string, context=segments["title"].context, locale=locale, has_error=False
        ).first()
        source_page = translation.source.get_source_instance()
        slug = slug_for_translation(source_page, StringValue(title.data).render_text(), locale) if title else slug_segment.string.data
    StringTranslation.objects.update_or_create(
        translation_of=slug_segment.string,
        context=slug_segment.context,
        locale=locale,
        defaults={"data": slug, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL, "tool_name": AUTOMATIC_SLUG, "has_error": False},
    )


def enabled_translation_of(page):
    """The wagtail-localize translation that makes ``page``, when it is a synchronised translation."""
    return (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True)
        .select_related("source", "target_locale")
        .first()
    )


def editor_url(translation, tab_slug=""):
    """The translation editor of ``translation``, opened on the tab ``tab_slug`` (static/…/open_editor_tab.js)."""
    url = reverse("wagtailadmin_pages:edit", args=[translation.source.object.get_instance(translation.target_locale).pk])
    return f"{url}#tab-{tab_slug}" if tab_slug else url


def override_url(translation):
    return reverse("translation_publish_incomplete", args=[translation.pk])


def may_publish(user, page):
    return isinstance(page, Page) and page.permissions_for_user(user).can_publish()


def prepare_for_publishing(translation):
    """Fill what needs no translator: the slug, and texts translated the same way elsewhere (memory.py)."""
    fill_slug(translation)
    fill_identical_texts(translation)


def publish_if_complete(translation, user):
    """Publish ``translation`` when every visible text is translated; return the texts that are not.

    The one rule for every path that publishes a translation without a person looking at it
    (such as "Publish immediately" after a sync): a translation with untranslated texts is
    saved as it is and left for its translator, unpublished.
    """
    prepare_for_publishing(translation)
    texts = untranslated_texts(translation)
    if not texts:
        translation.save_target(user=user, publish=True)
    return texts


def publish_with_untranslated_texts(translation, texts, user):
    """Publish ``translation`` although ``texts`` are not translated, and say so in the page's history."""
    with transaction.atomic():
        translation.save_target(user=user, publish=True)
        page = translation.source.object.get_instance(translation.target_locale)
        log(
            instance=page.specific,
            action=LOG_ACTION,
            user=user,
            data={
                "language": translation.target_locale.language_code,
                "count": len(texts),
                "untranslated": [f"{text.where}: {text.excerpt}" for text in texts],
            },
        )


class PublishIncompleteFormatter(LogFormatter):
    label = _("Publish with untranslated texts")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        count = data.get("count", 0)
        return ngettext(
            "Published with %(count)d visible text not translated (%(language)s): %(texts)s",
            "Published with %(count)d visible texts not translated (%(language)s): %(texts)s",
            count,
        ) % {"count": count, "language": data.get("language", ""), "texts": "; ".join(data.get("untranslated", []))}
