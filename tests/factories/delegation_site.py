"""The content a delegation browses in the browser tests, built with the test factories."""

from wagtail.models import Locale

from .editing import translate
from .pages import (
    CountryPageFactory,
    FactSheetPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    ProgrammePageFactory,
    ThemePageFactory,
)
from .sites import build_site

TRANSLATED_TITLES = {
    "en": {"tram": "Battery tramway in Lyon", "heat": "Low-carbon district heating", "theme": "Mobility", "country": "Morocco"},
    "es": {"tram": "Tranvía de baterías en Lyon", "heat": "Red de calor bajo en carbono", "theme": "Movilidad", "country": "Marruecos"},
    "ar": {"tram": "ترامواي بالبطاريات في ليون", "heat": "شبكة تدفئة منخفضة الكربون", "theme": "التنقل", "country": "المغرب"},
}


def _retitle(page, title, summary=None):
    page.title = title
    if summary is not None:
        page.summary = summary
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_delegation_site(languages=("en",)):
    """A French site with two themes, two countries and three fact sheets, translated into ``languages``."""
    tree = build_site()
    mobility = ThemePageFactory(parent=tree["theme_index"], title="Mobilité", slug="mobilite",
                                          summary="Se déplacer autrement en ville.")
    energy = ThemePageFactory(parent=tree["theme_index"], title="Énergie", slug="energie",
                                        summary="Produire et économiser l'énergie.")
    programme = ProgrammePageFactory(parent=tree["theme_index"], title="Démonstrateurs de la ville durable",
                                               acronym="DIVD")
    morocco = CountryPageFactory(parent=tree["country_index"], title="Maroc", slug="maroc", iso_code="MA",
                                           region="mediterranean", summary="Coopération sur les villes nouvelles.")
    chile = CountryPageFactory(parent=tree["country_index"], title="Chili", slug="chili", iso_code="CL",
                                         region="americas", summary="Coopération sur les transports.")
    members = OrganisationIndexPageFactory(parent=tree["home"], slug="membres")
    metropolis = OrganisationPageFactory(parent=members, title="Métropole exemple", slug="metropole-exemple",
                                         family="local_authorities")
    index = tree["fact_sheet_index"]
    tram = FactSheetPageFactory(
        parent=index, title="Tramway à batteries de Lyon", slug="tramway-batteries",
        summary="Un tramway sans caténaire dans le centre historique.", is_example=True,
        themes=[mobility], countries=[morocco], programme=programme,
        key_figures=[("12", "km", "de ligne"), ("45000", "", "voyageurs par jour")],
        contact_name="Service presse", contact_email="presse@example.org",
        actors=[(metropolis, "Maître d'ouvrage")],
    )
    tram.save_revision().publish()
    heat = FactSheetPageFactory(
        parent=index, title="Réseau de chaleur bas carbone", slug="reseau-chaleur",
        summary="La chaleur d'un incinérateur chauffe un quartier.", themes=[energy, mobility], countries=[chile],
    )
    bus = FactSheetPageFactory(
        parent=index, title="Bus à hydrogène", slug="bus-hydrogene",
        summary="Des bus qui ne rejettent que de l'eau.", themes=[mobility], countries=[chile],
    )
    content = {**tree, "mobility": mobility, "energy": energy, "programme": programme, "morocco": morocco,
               "chile": chile, "members": members, "metropolis": metropolis, "tram": tram, "heat": heat, "bus": bus}

    for language in languages:
        for name in ("home", "theme_index", "fact_sheet_index", "country_index", "news_index", "event_index",
                     "members", "mobility", "energy", "programme", "morocco", "chile", "metropolis"):
            translate(content[name], language)
        for name in ("tram", "heat", "bus"):
            translate(content[name], language)
        titles = TRANSLATED_TITLES.get(language, {})
        locale = Locale.objects.get(language_code=language)
        for name, key in (("tram", "tram"), ("heat", "heat"), ("mobility", "theme"), ("morocco", "country")):
            if key in titles:
                _retitle(content[name].get_translation(locale).specific, titles[key])
    return content

