"""Submitting a section with "include subtree" translates every page under it, as drafts."""

from django.urls import reverse
from wagtail.models import Locale, Page

from tests.factories import (
    FactSheetPageFactory,
    ProgrammePageFactory,
    ThemePageFactory,
    translate,
)
from tests.page_reading import switcher


def test_a_section_is_submitted_into_several_languages_at_once(admin_client, client, all_locales, site_tree):
    for code in ("es", "pt"):
        translate(site_tree["home"], code)
    themes = [ThemePageFactory(parent=site_tree["theme_index"], title=title) for title in ("Mobilité", "Numérique", "Énergie")]
    programme = ProgrammePageFactory(parent=site_tree["theme_index"], title="Démonstrateurs")
    section = [site_tree["theme_index"], *themes, programme]
    spanish, portuguese = Locale.objects.get(language_code="es"), Locale.objects.get(language_code="pt")

    form = admin_client.get(reverse("wagtail_localize:submit_page_translation", args=[site_tree["theme_index"].pk]))
    assert form.context["form"].fields["include_subtree"].widget.input_type == "checkbox"  # offered: 4 pages below
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[site_tree["theme_index"].pk]),
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
    assert links["es"]["next"] == f"/es/translation-missing/{site_tree['theme_index'].pk}/"


def test_pages_outside_the_section_are_not_submitted(admin_client, all_locales, site_tree):
    translate(site_tree["home"], "es")
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")
    fact_sheet = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Navette", themes=[theme])
    spanish = Locale.objects.get(language_code="es")

    admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[site_tree["theme_index"].pk]),
        {"locales": [spanish.pk], "include_subtree": "on"},
    )

    assert theme.has_translation(spanish)
    assert not fact_sheet.has_translation(spanish)
