"""After "Translate with its fact sheets", the report shows the theme and every fact sheet submitted with it."""

from django.urls import reverse
from wagtail.models import Locale

from tests.factories import FactSheetPageFactory, ThemePageFactory, translate


def test_the_redirect_shows_every_page_submitted(admin_client, all_locales, site_tree):
    for name in ("home", "theme_index", "fact_sheet_index"):
        translate(site_tree[name], "es")
    theme = ThemePageFactory(parent=site_tree["theme_index"], title="Mobilité")
    for title in ("Navette autonome", "Téléphérique urbain"):
        FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title=title, themes=[theme])
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], title="Data center")  # another theme's

    response = admin_client.post(
        reverse("translate_with_companions", args=[theme.pk]), {"locales": [Locale.objects.get(language_code="es").pk]}, follow=True
    )

    assert [row.title for row in response.context["rows"]] == ["Mobilité", "Navette autonome", "Téléphérique urbain"]
    assert "“Mobilité” and the 2 pages submitted with it." in response.content.decode()
