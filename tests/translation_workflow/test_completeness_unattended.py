"""Publishing with no person looking (such as "Publish immediately" after a sync) publishes complete translations only."""

from wagtail.models import Page

from tests.factories import translated_page
from translation_workflow.completeness import publish_if_complete

from .po import translation_of
from .translating import translate_texts


def test_only_the_complete_translations_are_published(admin_user, multilingual_site, django_capture_on_commit_callbacks):
    theme = multilingual_site["theme"]
    for code in ("en", "es"):
        translated_page(theme, code).unpublish()
    translate_texts(translation_of(theme, "en"), {"title": "Energy", "summary": "Energy, in short."})
    translate_texts(translation_of(theme, "es"), {"title": "Energía"})

    with django_capture_on_commit_callbacks(execute=True):
        left = {code: publish_if_complete(translation_of(theme, code), admin_user) for code in ("en", "es")}

    assert Page.objects.get(pk=translated_page(theme, "en").pk).live
    assert not Page.objects.get(pk=translated_page(theme, "es").pk).live
    assert (left["en"], [text.excerpt for text in left["es"]]) == ([], ["Résumé de Énergie."])
