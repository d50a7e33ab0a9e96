"""The translation editor's "Publish": refused while visible texts are not translated, naming them."""

from django.urls import reverse
from wagtail.models import Page

from tests.factories import translated_page

from .po import translation_of
from .translating import publish_in_editor, translate_texts


def english_theme_draft(multilingual_site):
    """The English theme of the shared site, made a draft again, and its translation."""
    english = translated_page(multilingual_site["theme"], "en")
    english.unpublish()
    return english, translation_of(multilingual_site["theme"], "en")


def test_publishing_with_an_untranslated_text_is_refused_naming_the_field(admin_client, multilingual_site, django_capture_on_commit_callbacks):
    english, translation = english_theme_draft(multilingual_site)
    translate_texts(translation, {"title": "Energy"})  # the summary is not translated

    with django_capture_on_commit_callbacks(execute=True):
        response = publish_in_editor(admin_client, english)

    html = response.content.decode()
    assert "was not published in English: 1 visible text is not translated yet." in html
    editor = reverse("wagtailadmin_pages:edit", args=[english.pk])
    assert f'<a href="{editor}#tab-content">Content › Summary</a>: “Résumé de Énergie.”' in html
    assert "Slug" not in html.split("not translated yet")[1].split("</ul>")[0]  # the slug never counts
    assert reverse("translation_publish_incomplete", args=[translation.pk]) in html
    assert not Page.objects.get(pk=english.pk).live


def test_a_translation_whose_visible_texts_are_all_translated_is_published(admin_client, multilingual_site, django_capture_on_commit_callbacks):
    english, translation = english_theme_draft(multilingual_site)
    translate_texts(translation, {"title": "Energy", "summary": "Energy, in short."})

    with django_capture_on_commit_callbacks(execute=True):
        response = publish_in_editor(admin_client, english)

    assert "Published &#x27;Energy&#x27; in English." in response.content.decode()
    published = Page.objects.get(pk=english.pk)
    assert published.live
    assert published.slug == "energie"  # published before (with the French slug): its address stays
