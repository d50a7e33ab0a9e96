"""Languages in step: reordering French pages reorders their translations, unpublishing a French page
offers to unpublish its translations, and Arabic translation fields are written right to left."""

from django.urls import reverse

from tests.factories import translated_page


def titles_in_order(parent):
    return [page.title for page in parent.get_children()]


def drag(client, page, position):
    """What the explorer's drag and drop sends when an editor moves ``page`` to ``position``."""
    response = client.post(reverse("wagtailadmin_pages:set_page_position", args=[page.pk]) + f"?position={position}")
    assert response.status_code == 200


def retitle_in_english(bilingual_site, *names):
    for name in names:
        english = bilingual_site["en"][name]
        english.title = f"{english.title} (en)"
        english.save_revision().publish()


def test_reordering_french_pages_reorders_their_translations(admin_client, bilingual_site):
    themes = bilingual_site["theme_index"]
    retitle_in_english(bilingual_site, "theme", "programme")  # "Énergie" has no English translation
    english_themes = bilingual_site["en"]["theme_index"]
    assert titles_in_order(themes) == ["Mobilité", "Énergie", "Démonstrateurs industriels"]
    assert titles_in_order(english_themes) == ["Mobilité (en)", "Démonstrateurs industriels (en)"]

    drag(admin_client, bilingual_site["programme"], 0)
    assert titles_in_order(themes) == ["Démonstrateurs industriels", "Mobilité", "Énergie"]
    assert titles_in_order(english_themes) == ["Démonstrateurs industriels (en)", "Mobilité (en)"]

    drag(admin_client, bilingual_site["theme"], 0)
    assert titles_in_order(english_themes) == ["Mobilité (en)", "Démonstrateurs industriels (en)"]


def test_reordering_a_translation_leaves_the_french_pages_alone(admin_client, bilingual_site):
    themes = bilingual_site["theme_index"]
    before = titles_in_order(themes)

    drag(admin_client, bilingual_site["en"]["programme"], 0)

    assert titles_in_order(themes) == before


def unpublish_url(page):
    return reverse("wagtailadmin_pages:unpublish", args=[page.pk])


def test_unpublishing_a_french_page_asks_about_its_live_translations(admin_client, bilingual_site):
    french = admin_client.get(unpublish_url(bilingual_site["news"])).content.decode()
    english = admin_client.get(unpublish_url(bilingual_site["en"]["news"])).content.decode()
    alone = admin_client.get(unpublish_url(bilingual_site["other_fact_sheet"])).content.decode()  # French only

    assert 'name="unpublish_translations"' in french
    assert "This page is also published in English. Unpublish this translation too" in " ".join(french.split())
    assert 'name="unpublish_translations"' not in english
    assert 'name="unpublish_translations"' not in alone


def test_ticking_the_box_unpublishes_the_translations_too(admin_client, bilingual_site):
    news, english = bilingual_site["news"], bilingual_site["en"]["news"]

    response = admin_client.post(unpublish_url(news), {"unpublish_translations": "on"}, follow=True)

    english.refresh_from_db()
    news.refresh_from_db()
    assert not news.live and not english.live
    assert "Also unpublished in: English." in response.content.decode()
    assert admin_client.get(english.url).status_code == 404


def test_without_the_box_the_translations_stay_published(admin_client, bilingual_site):
    news, english = bilingual_site["news"], bilingual_site["en"]["news"]

    admin_client.post(unpublish_url(news), {})

    english.refresh_from_db()
    assert english.live
    assert admin_client.get(english.url).status_code == 200


def test_arabic_translation_editor_loads_the_right_to_left_script(admin_client, multilingual_site):
    arabic = translated_page(multilingual_site["theme"], "ar")
    english = translated_page(multilingual_site["theme"], "en")

    arabic_editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk])).content.decode()
    english_editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()

    assert "js-translation-editor" in arabic_editor
    assert 'translation-direction.js' in arabic_editor and 'data-rtl-languages="[&quot;ar&quot;]"' in arabic_editor
    assert '&quot;code&quot;: &quot;ar&quot;' in arabic_editor  # the target language the script reads
    assert 'data-rtl-languages="[&quot;ar&quot;]"' in english_editor  # the script itself skips left-to-right languages
