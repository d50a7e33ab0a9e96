import pytest
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

from tests.factories import build_site


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _source_language():
    """Each test starts in French, whatever language a previous request or test activated."""
    with translation.override("fr"):
        yield


@pytest.fixture
def locales(db):
    """fr (the source) and en, as content locales."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("fr", "en")}


@pytest.fixture
def site_tree(locales):
    return build_site()


@pytest.fixture
def content(shared_content, db):
    return shared_content


@pytest.fixture(scope="module")
def shared_content(django_db_setup, django_db_blocker):
    """One page of every type in French, linked together, with English translations published.

    Built once per test module inside a transaction that is rolled back after the module; each
    test runs in a savepoint within it, so tests may change pages without affecting each other.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        for code in ("fr", "en"):
            Locale.objects.get_or_create(language_code=code)
        yield _build_content(build_site())
        transaction.set_rollback(True)


def _build_content(site_tree):
    from tests.factories import (
        CountryPageFactory,
        EventPageFactory,
        FactSheetPageFactory,
        NewsPageFactory,
        OrganisationFactory,
        ProgrammePageFactory,
        StandardPageFactory,
        ThemePageFactory,
        translate,
    )
    from showcase.models import FactSheetActor

    tree = dict(site_tree)
    tree["theme"] = ThemePageFactory(parent=tree["theme_index"], title="Mobilité", slug="mobilite", summary="Se déplacer mieux en ville.")
    tree["programme"] = ProgrammePageFactory(parent=tree["theme_index"], title="Démonstrateurs industriels", acronym="DIVD", slug="divd")
    tree["country"] = CountryPageFactory(parent=tree["country_index"], title="Brésil", iso_code="BR", slug="bresil", summary="Coopération urbaine avec le Brésil.")
    tree["fact_sheet"] = FactSheetPageFactory(
        parent=tree["fact_sheet_index"],
        title="Tramway sans caténaire",
        slug="tramway-sans-catenaire",
        summary="Une ligne de tramway alimentée par le sol.",
        city="Bordeaux",
        themes=[tree["theme"]],
        countries=[tree["country"]],
        programme=tree["programme"],
        key_figures=[("12.5", "km", "de ligne")],
    )
    organisation = OrganisationFactory(name="Agence d'exemple")
    FactSheetActor.objects.create(page=tree["fact_sheet"], organisation=organisation, role="Maître d'ouvrage", locale=tree["fact_sheet"].locale)
    tree["news"] = NewsPageFactory(parent=tree["news_index"], title="Matinale sur la mobilité", slug="matinale-mobilite")
    tree["event"] = EventPageFactory(parent=tree["event_index"], title="Salon Pollutec", slug="pollutec", city="Lyon", country=tree["country"])
    tree["standard"] = StandardPageFactory(parent=tree["home"], title="À propos", slug="a-propos")

    english = {}
    for name in ("home", "theme_index", "fact_sheet_index", "country_index", "news_index", "event_index",
                 "theme", "programme", "country", "fact_sheet", "news", "event", "standard"):
        english[name] = translate(tree[name], "en")
    tree["en"] = english
    return tree
