import pytest
from django.conf import settings
from wagtail.models import Locale

from tests.factories import CountryPageFactory, FactSheetPageFactory, ThemePageFactory, build_site, translate


@pytest.fixture
def all_locales(db):
    """Every language of the site as a content locale, French first."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


@pytest.fixture
def multilingual_site(all_locales):
    """A French site translated and published in every language, with one theme, country and fact sheet.

    The fact sheet is published in English only, so that the other languages show the fallback.
    """
    tree = build_site()
    theme = ThemePageFactory(parent=tree["theme_index"], title="Énergie", slug="energie")
    country = CountryPageFactory(parent=tree["country_index"], title="Maroc", slug="maroc", iso_code="MA")
    fact_sheet = FactSheetPageFactory(
        parent=tree["fact_sheet_index"], title="Réseau de chaleur", slug="reseau-de-chaleur", themes=[theme], countries=[country]
    )
    for code in all_locales:
        if code == "fr":
            continue
        for page in (tree["home"], tree["theme_index"], tree["fact_sheet_index"], tree["country_index"], theme, country):
            translate(page, code)
    translate(fact_sheet, "en")
    return {**tree, "theme": theme, "country": country, "fact_sheet": fact_sheet}


@pytest.fixture
def admin_client(admin_client, admin_user):
    """A superuser whose admin speaks English, so that messages read as in the code."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client
