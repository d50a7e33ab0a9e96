"""Whole sites built as editors build them: the home page first, then sections, then fact sheets.

``build_site`` makes the skeleton every site has; the others build on it. Tests get them through
the fixtures of tests/conftest.py, which build each once per session (tests/shared_trees.py).
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.management import create_contenttypes
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings
from wagtail.models import Collection, Locale, Page, Site

from showcase.models import OrganisationPage

from .editing import translate
from .pages import (
    CountryIndexPageFactory,
    CountryPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    FactSheetIndexPageFactory,
    FactSheetPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    ProgrammePageFactory,
    StandardPageFactory,
    ThemeIndexPageFactory,
    ThemePageFactory,
)

# The languages the French source is translated into.
OTHER_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES if code != "fr")
SITE_KEYS = ("home", "theme_index", "fact_sheet_index", "country_index", "news_index", "event_index")


# Permissions that Wagtail's and wagtail-localize's data migrations make (not model Meta permissions).
DATA_MIGRATION_PERMISSIONS = (
    (("wagtailadmin", "admin"), "access_admin", "Can access Wagtail admin"),
    (("wagtail_localize", "translation"), "submit_translation", "Can submit translations"),
)


def ensure_migration_data():
    """Transactional tests flush the tables, with the root page and collection, locale, site and permissions the migrations made."""
    if not Permission.objects.exists():
        for app_config in apps.get_app_configs():
            create_contenttypes(app_config, verbosity=0)
            create_permissions(app_config, verbosity=0)
    for (app_label, model), codename, name in DATA_MIGRATION_PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(content_type=content_type, codename=codename, defaults={"name": name})
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    french, _ = Locale.objects.get_or_create(language_code="fr")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=french))
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(hostname="localhost", root_page=root, is_default_site=True, site_name="Vivapolis")


def build_site():
    """The skeleton every site has: a French home page as the site root and its index pages."""
    ensure_migration_data()
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="accueil")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.hostname = "localhost"
    site.save()
    return {
        "home": home,
        "theme_index": ThemeIndexPageFactory(parent=home, slug="thematiques"),
        "fact_sheet_index": FactSheetIndexPageFactory(parent=home, slug="realisations"),
        "country_index": CountryIndexPageFactory(parent=home, slug="pays"),
        "news_index": NewsIndexPageFactory(parent=home, slug="actualites"),
        "event_index": EventIndexPageFactory(parent=home, slug="evenements"),
    }


def build_site_tree():
    """The skeleton with French and English as content locales (the ``site_tree`` fixture)."""
    add_locales("fr", "en")
    return build_site()


def add_locales(*language_codes):
    """``{code: Locale}``, each made if missing."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in language_codes}


def build_bilingual_site():
    """One page of every type in French, linked together, each translated into English and published.

    ``site["en"][name]`` is the English translation of ``site[name]``. Besides them: a second theme
    and a second fact sheet filed under both themes, both in French only; and a second organisation,
    not a member, that the fact sheet credits, published in French only (its English translation,
    made with the fact sheet's, is a draft).
    """
    add_locales("fr", "en")
    site = build_site()
    site["organisation_index"] = OrganisationIndexPageFactory(parent=site["home"], slug="membres")
    site["organisation"] = OrganisationPageFactory(
        parent=site["organisation_index"], title="Métropole de Lyon", slug="metropole-de-lyon", acronym="GL",
        family=OrganisationPage.Family.LOCAL_AUTHORITIES, summary="Une métropole membre du réseau.",
    )
    site["other_organisation"] = OrganisationPageFactory(
        parent=site["organisation_index"], title="Agence d'exemple", slug="agence-exemple", is_member=False,
    )
    site["theme"] = ThemePageFactory(parent=site["theme_index"], title="Mobilité", slug="mobilite", summary="Se déplacer autrement.")
    site["other_theme"] = ThemePageFactory(parent=site["theme_index"], title="Énergie", slug="energie")
    site["programme"] = ProgrammePageFactory(parent=site["theme_index"], title="Démonstrateurs industriels", acronym="DIVD", slug="divd")
    site["country"] = CountryPageFactory(parent=site["country_index"], title="Brésil", iso_code="BR", slug="bresil", summary="Un partenaire.")
    site["fact_sheet"] = _solar_tramway(site)
    site["other_fact_sheet"] = FactSheetPageFactory(
        parent=site["fact_sheet_index"], title="Quartier bas carbone", themes=[site["theme"], site["other_theme"]]
    )
    site["news"] = NewsPageFactory(parent=site["news_index"], title="Visite d'une délégation")
    site["event"] = EventPageFactory(
        parent=site["event_index"], title="Salon des villes", country=site["country"], city="São Paulo", venue="Expo Center",
        place_country="Brésil",
    )
    site["standard"] = StandardPageFactory(parent=site["home"], title="À propos", slug="a-propos")
    translated = (*SITE_KEYS, "organisation_index", "organisation", "theme", "programme", "country", "fact_sheet", "news",
                  "event", "standard")
    site["en"] = {name: translate(site[name], "en") for name in translated}
    return site


def _solar_tramway(site):
    fact_sheet = FactSheetPageFactory(
        parent=site["fact_sheet_index"],
        title="Tramway solaire",
        slug="tramway-solaire",
        summary="Une ligne de tramway alimentée par le sol.",
        city="Bordeaux",
        region="Nouvelle-Aquitaine",
        place_country=site["country"],
        programme=site["programme"],
        is_example=True,
        themes=[site["theme"]],
        countries=[site["country"]],
        key_figures=[("12.5", "km", "de ligne"), ("12500.50", "t", "CO2 évité par an")],
        actors=[(site["organisation"], "Maître d'ouvrage"), (site["other_organisation"], "Assistance à maîtrise d'ouvrage")],
    )
    fact_sheet.save_revision().publish()
    return fact_sheet


def build_multilingual_site():
    """A French site translated and published in every language, with one theme, country and fact sheet.

    The fact sheet is published in English only, so that the other languages show the fallback.
    """
    add_locales("fr", *OTHER_LANGUAGES)
    site = build_site()
    site["theme"] = ThemePageFactory(parent=site["theme_index"], title="Énergie", slug="energie")
    site["country"] = CountryPageFactory(parent=site["country_index"], title="Maroc", slug="maroc", iso_code="MA")
    site["fact_sheet"] = FactSheetPageFactory(
        parent=site["fact_sheet_index"], title="Réseau de chaleur", slug="reseau-de-chaleur",
        themes=[site["theme"]], countries=[site["country"]],
    )
    for code in OTHER_LANGUAGES:
        for name in ("home", "theme_index", "fact_sheet_index", "country_index", "theme", "country"):
            translate(site[name], code)
    translate(site["fact_sheet"], "en")
    return site


def build_crowded_listings():
    """A theme, a country and a programme with 10 fact sheets (``site["few"]``), others with 100 (``site["many"]``).

    The ten are also published in English: the English fact sheet index lists 10, the French one 110.
    """
    site = build_site_tree()
    with search_index_not_updated():  # listings do not search; indexing is half the cost of a fact sheet
        site["en"] = {name: translate(site[name], "en") for name in ("home", "fact_sheet_index")}
        site["few"], few_fact_sheets = _filed_fact_sheets(site, 10)
        site["many"], _many_fact_sheets = _filed_fact_sheets(site, 100)
        for fact_sheet in few_fact_sheets:
            translate(fact_sheet, "en")
    return site


def _filed_fact_sheets(site, count):
    """A new theme, country and programme, and ``count`` fact sheets filed under all three."""
    filed_under = {
        "theme": ThemePageFactory(parent=site["theme_index"]),
        "country": CountryPageFactory(parent=site["country_index"]),
        "programme": ProgrammePageFactory(parent=site["theme_index"]),
    }
    fact_sheets = [
        FactSheetPageFactory(
            parent=site["fact_sheet_index"], themes=[filed_under["theme"]], countries=[filed_under["country"]],
            programme=filed_under["programme"],
        )
        for _number in range(count)
    ]
    return filed_under, fact_sheets


def search_index_not_updated():
    """Pages saved within are not added to the search index."""
    backends = {name: {**config, "AUTO_UPDATE": False} for name, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)
