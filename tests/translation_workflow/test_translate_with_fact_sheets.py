"""A theme is submitted for translation with its fact sheets ("Translate with its fact sheets"), as drafts."""

from django.urls import reverse
from wagtail.models import Locale

from tests.factories import FactSheetPageFactory, ThemePageFactory, translate


def test_a_theme_is_submitted_with_its_fact_sheets(admin_client, all_locales, site_tree):
    for code in ("ar", "zh-hans"):
        translate(site_tree["home"], code)
        translate(site_tree["theme_index"], code)
        translate(site_tree["fact_sheet_index"], code)
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")
    other_theme = ThemePageFactory(parent=site_tree["theme_index"], title="Numérique")
    own = [FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title=f"Navette {n}", themes=[theme]) for n in range(3)]
    unrelated = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Data center", themes=[other_theme])
    arabic, chinese = Locale.objects.get(language_code="ar"), Locale.objects.get(language_code="zh-hans")
    already = translate(own[0], "ar")  # already published in Arabic: left as it is

    page = admin_client.get(reverse("wagtailadmin_pages:edit", args=[theme.pk]))
    assert reverse("translate_with_companions", args=[theme.pk]) in page.content.decode()
    response = admin_client.post(reverse("translate_with_companions", args=[theme.pk]), {"locales": [arabic.pk, chinese.pk]})

    assert response.status_code == 302
    for locale in (arabic, chinese):
        assert not theme.get_translation(locale).live
        for fact_sheet in own[1:]:
            translated = fact_sheet.get_translation(locale).specific
            assert not translated.live
            assert [link.theme_id for link in translated.theme_links.all()] == [theme.get_translation(locale).pk]
        assert not unrelated.has_translation(locale)
    assert own[0].get_translation(arabic).live and own[0].get_translation(arabic).pk == already.pk
    assert own[0].get_translation(chinese).live is False


def test_theme_submission_needs_a_language(admin_client, all_locales, site_tree):
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")

    response = admin_client.post(reverse("translate_with_companions", args=[theme.pk]), {})

    assert response.status_code == 200
    assert response.context["form"].errors["locales"]
    assert not theme.get_translations().exists()
