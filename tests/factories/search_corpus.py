"""A small bilingual corpus shared by the search tests (built with the project's factories)."""

from types import SimpleNamespace

from .editing import translate
from .pages import (
    CountryPageFactory,
    FactSheetPageFactory,
    NewsPageFactory,
    ProgrammePageFactory,
    ThemePageFactory,
)


def build_corpus(site_tree):
    home = site_tree["home"]
    themes_index = site_tree["theme_index"]
    sheets = site_tree["fact_sheet_index"]
    c = SimpleNamespace()
    c.energy = ThemePageFactory(parent=themes_index, title="Énergie", summary="Produire et distribuer une énergie sobre.")
    c.mobility = ThemePageFactory(parent=themes_index, title="Mobilité", summary="Se déplacer autrement en ville.")
    c.circular = ThemePageFactory(parent=themes_index, title="Économie circulaire", summary="Boucler les flux de matières.")
    c.brazil = CountryPageFactory(parent=site_tree["country_index"], title="Brésil", iso_code="BR", summary="Coopération urbaine.")
    c.morocco = CountryPageFactory(parent=site_tree["country_index"], title="Maroc", iso_code="MA", summary="Villes nouvelles.")
    c.divd = ProgrammePageFactory(parent=themes_index, title="Démonstrateurs industriels", acronym="DIVD", summary="Programme national.")

    c.heat = FactSheetPageFactory(
        parent=sheets,
        title="Réseau de chaleur de Grenoble",
        summary="Une chaufferie bois alimente le quartier en énergie renouvelable.",
        year_start=2019,
        themes=[c.energy],
        countries=[c.morocco],
    )
    c.tram = FactSheetPageFactory(
        parent=sheets,
        title="Tramway sans caténaire à Bordeaux",
        summary="Une ligne alimentée par le sol traverse le centre historique.",
        year_start=2021,
        programme=c.divd,
        themes=[c.mobility],
        countries=[c.brazil],
    )
    c.circular_sheet = FactSheetPageFactory(
        parent=sheets,
        title="Économie circulaire des chantiers",
        summary="Les matériaux de déconstruction sont réemployés sur place.",
        year_start=2022,
        themes=[c.circular, c.energy],
        countries=[c.brazil],
    )
    c.bus = FactSheetPageFactory(
        parent=sheets,
        title="Bus à hydrogène de Pau",
        summary="Des bus articulés roulent à l'hydrogène, en correspondance avec le tramway.",
        year_start=2021,
        themes=[c.mobility, c.energy],
        countries=[c.brazil],
    )
    c.news = NewsPageFactory(
        parent=site_tree["news_index"],
        title="Une délégation en visite",
        summary="Des élus ont découvert le réseau de transport et ses bus.",
    )
    c.home = home
    return c


def add_english(c):
    """English translations (wagtail-localize) of two fact sheets, rewritten in English."""
    c.tram_en = translate(c.tram, "en")
    c.tram_en.title = "Catenary-free tramway in Bordeaux"
    c.tram_en.summary = "A line powered from the ground crosses the historic centre."
    c.tram_en.save_revision().publish()
    c.heat_en = translate(c.heat, "en")
    c.heat_en.title = "Grenoble district heating"
    c.heat_en.summary = "Treated wastewater is reused to water the parks, and wood boilers heat the district."
    c.heat_en.save_revision().publish()
    return c
