"""A small bilingual corpus shared by the search tests (built with the project's factories).

The tests get it from the ``search_corpus`` and ``corpus`` fixtures, built once per session
(tests/shared_trees.py); ``add_english`` translates two of its fact sheets, and the
``chinese_search_corpus`` tree has two of them in Chinese.
"""

from types import SimpleNamespace

from .editing import translate
from .pages import (
    CountryPageFactory,
    FactSheetPageFactory,
    NewsPageFactory,
    ProgrammePageFactory,
    ThemePageFactory,
)
from .sites import build_site_tree

# The Chinese translations of the ``chinese_search_corpus`` tree: {corpus page: (title, summary)}.
CHINESE = {
    "heat": ("示例：以本地木材为燃料的供热管网", "一个城市集聚区用邻近森林的木材取代燃油锅炉。"),
    "bus": ("示例：生产沼气的污水处理厂", "污水处理厂把污泥变成城市公交车的燃料。"),
}


def build_search_corpus():
    """``build_site_tree`` and the corpus, as one dict of pages (the ``search_corpus`` shared tree)."""
    site = build_site_tree()
    return {**site, **vars(build_corpus(site))}


def build_chinese_search_corpus():
    """The search corpus and the Chinese translations of ``CHINESE``, named ``heat_zh`` and ``bus_zh``."""
    corpus = build_search_corpus()
    for name, (title, summary) in CHINESE.items():
        corpus[f"{name}_zh"] = retitled_translation(corpus[name], "zh-hans", title, summary)
    return corpus


def retitled_translation(page, language_code, title, summary):
    """``page`` translated into ``language_code`` with wagtail-localize, retitled and published."""
    translation = translate(page, language_code)
    translation.title = title
    translation.summary = summary
    translation.save_revision().publish()
    return translation


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
    c.tram_en = retitled_translation(
        c.tram, "en", "Catenary-free tramway in Bordeaux", "A line powered from the ground crosses the historic centre."
    )
    c.heat_en = retitled_translation(
        c.heat,
        "en",
        "Grenoble district heating",
        "Treated wastewater is reused to water the parks, and wood boilers heat the district.",
    )
    return c
