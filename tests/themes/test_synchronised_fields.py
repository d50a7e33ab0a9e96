"""A theme's icon is the same in every language: synchronised by wagtail-localize, never offered to translators."""

from wagtail_localize.models import TranslationSource

from tests.factories import ThemePageFactory


def test_icon_is_synchronised_not_translated(site_tree):
    page = ThemePageFactory(parent=site_tree["theme_index"], icon="leaf-line")

    source, _ = TranslationSource.get_or_create_from_instance(page)
    translatable = set(source.stringsegment_set.values_list("context__path", flat=True))
    assert "iso_code" not in translatable and "icon" not in translatable, translatable
