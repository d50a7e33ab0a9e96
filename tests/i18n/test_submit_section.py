"""Submitting a section with "include subtree" translates every page under it, as drafts."""

from django.urls import reverse
from wagtail.models import Locale, Page

from tests.factories import FactSheetPageFactory, ProgrammePageFactory, ThemePageFactory, build_site, translate

from .helpers import switcher


def test_a_section_is_submitted_into_several_languages_at_once(admin_client, client, all_locales):
    tree = build_site()
    for code in ("es", "pt"):
        translate(tree["home"], code)
    themes = [ThemePageFactory(parent=tree["theme_index"], title=title) for title in ("Mobilité", "Numérique", "Énergie")]
    programme = ProgrammePageFactory(parent=tree["theme_index"], title="Démonstrateurs")
    section = [tree["theme_index"], *themes, programme]
    spanish, portuguese = Locale.objects.get(language_code="es"), Locale.objects.get(language_code="pt")

    form = admin_client.get(reverse("wagtail_localize:submit_page_translation", args=[tree["theme_index"].pk]))
    assert form.context["form"].fields["include_subtree"].widget.input_type == "checkbox"  # offered: 4 pages below
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[tree["theme_index"].pk]),
        {"locales": [spanish.pk, portuguese.pk], "include_subtree": "on"},
    )

    assert response.status_code == 302
    for page in section:
        for locale in (spanish, portuguese):
            translated = page.get_translation(locale)
            assert not translated.live, (page.title, locale)
            assert translated.get_parent().locale == locale
    assert Page.objects.filter(locale=spanish).count() == 1 + len(section)

    # Visitors see none of it until a translator publishes, and the switcher says so.
    links = switcher(client.get("/fr/thematiques/"))
    assert links["es"]["next"] == f"/es/translation-missing/{tree['theme_index'].pk}/"


def test_pages_outside_the_section_are_not_submitted(admin_client, all_locales):
    tree = build_site()
    translate(tree["home"], "es")
    theme = ThemePageFactory(parent=tree["theme_index"], title="Mobilité")
    fact_sheet = FactSheetPageFactory(parent=tree["fact_sheet_index"], title="Navette", themes=[theme])
    spanish = Locale.objects.get(language_code="es")

    admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[tree["theme_index"].pk]),
        {"locales": [spanish.pk], "include_subtree": "on"},
    )

    assert theme.has_translation(spanish)
    assert not fact_sheet.has_translation(spanish)


def test_a_theme_is_submitted_with_its_fact_sheets(admin_client, all_locales):
    tree = build_site()
    for code in ("ar", "zh-hans"):
        translate(tree["home"], code)
        translate(tree["theme_index"], code)
        translate(tree["fact_sheet_index"], code)
    theme = ThemePageFactory(parent=tree["theme_index"], title="Mobilité")
    other_theme = ThemePageFactory(parent=tree["theme_index"], title="Numérique")
    own = [FactSheetPageFactory(parent=tree["fact_sheet_index"], title=f"Navette {n}", themes=[theme]) for n in range(3)]
    unrelated = FactSheetPageFactory(parent=tree["fact_sheet_index"], title="Data center", themes=[other_theme])
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


def test_theme_submission_needs_a_language(admin_client, all_locales):
    tree = build_site()
    theme = ThemePageFactory(parent=tree["theme_index"], title="Mobilité")

    response = admin_client.post(reverse("translate_with_companions", args=[theme.pk]), {})

    assert response.status_code == 200
    assert response.context["form"].errors["locales"]
    assert not theme.get_translations().exists()
