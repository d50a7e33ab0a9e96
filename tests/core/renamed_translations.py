"""One page of every type, translated into en, es and pt, each translation renamed as a translator does.

The translator fills the title in its language and the slug made from it
(``core.slugs.slug_for_translation``) in the page's PO file, uploads it and publishes:
``/en/thematiques/energie/`` becomes ``/en/themes/energy/``. No ``Redirect`` row is made here (the
tests' transactions never commit), as on a demo whose translations got their slugs before they
were first published.
"""

from wagtail.models import Locale, get_page_models
from wagtail_localize.models import Translation, TranslationSource

from core.slugs import slug_for_translation
from home.models import HomePage
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    ProgrammePageFactory,
    StandardPageFactory,
    translate,
)
from tests.factories.sites import search_index_not_updated
from translation_workflow.po_import import import_po

RENAMED_LANGUAGES = ("en", "es", "pt")
# Each page's title in English, Spanish and Portuguese; parents before their children.
TRANSLATED_TITLES = {
    "theme_index": ("Themes", "Temáticas", "Temáticas"),
    "theme": ("Energy", "Energía", "Energia"),
    "programme": ("Industrial demonstrators", "Demostradores industriales", "Demonstradores industriais"),
    "fact_sheet_index": ("Innovative projects", "Realizaciones innovadoras", "Realizações inovadoras"),
    "fact_sheet": ("Heat network", "Red de calor", "Rede de aquecimento"),
    "country_index": ("Partner countries", "Países socios", "Países parceiros"),
    "country": ("Morocco", "Marruecos", "Marrocos"),
    "news_index": ("News", "Noticias", "Notícias"),
    "news": ("A delegation's visit", "Visita de una delegación", "Visita de uma delegação"),
    "event_index": ("Events", "Eventos", "Eventos"),
    "event": ("Cities fair", "Feria de las ciudades", "Feira das cidades"),
    "standard": ("About", "Acerca de", "Sobre nós"),
    "organisation_index": ("Network members", "Miembros de la red", "Membros da rede"),
    "organisation": ("Example agency", "Agencia de ejemplo", "Agência exemplo"),
}


def project_page_types():
    """Every page type of the site but the home page (which keeps ``/en/``, ``/es/``...)."""
    return {model for model in get_page_models() if model._meta.app_label != "wagtailcore" and model is not HomePage}


def every_page_type(site):
    """``{name: French page}``: the pages of ``multilingual_site`` plus one of each type it lacks."""
    pages = {name: site[name] for name in ("theme_index", "theme", "fact_sheet_index", "fact_sheet", "country_index", "country")}
    pages["programme"] = ProgrammePageFactory(parent=site["theme_index"], title="Démonstrateurs industriels", slug="divd")
    pages["news_index"] = site["news_index"]
    pages["news"] = NewsPageFactory(parent=site["news_index"], title="Visite d'une délégation", slug="visite-delegation")
    pages["event_index"] = site["event_index"]
    pages["event"] = EventPageFactory(parent=site["event_index"], title="Salon des villes", slug="salon-des-villes")
    pages["standard"] = StandardPageFactory(parent=site["home"], title="À propos", slug="a-propos")
    pages["organisation_index"] = OrganisationIndexPageFactory(parent=site["home"], slug="membres")
    pages["organisation"] = OrganisationPageFactory(parent=pages["organisation_index"], title="Agence exemple", slug="agence-exemple")
    return {name: pages[name] for name in TRANSLATED_TITLES}


def rename_translations(pages, languages=RENAMED_LANGUAGES):
    """Translate ``pages`` where needed and rename each translation; ``{language: {name: translation}}``.

    The search index is left as it is: these pages are visited, not searched.
    """
    renamed = {}
    with search_index_not_updated():
        for code in languages:
            locale = Locale.objects.get(language_code=code)
            column = RENAMED_LANGUAGES.index(code)
            renamed[code] = {}
            for name, page in pages.items():
                if not page.has_translation(locale):
                    translate(page, code, publish=False)  # published once renamed
                renamed[code][name] = rename(page, TRANSLATED_TITLES[name][column], locale)
    return renamed


def renamed_energy_theme(site):
    """The themes index and the Énergie theme of ``multilingual_site`` renamed in en and es (``/en/themes/energy/``).

    ``(French pages by name, {language: {name: renamed translation}})``.
    """
    pages = {name: site[name] for name in ("theme_index", "theme")}
    return pages, rename_translations(pages, ("en", "es"))


def french_slug_url(page, language_code):
    """The URL a translation of the French ``page`` had while it kept the French slugs."""
    return f"/{language_code}/" + page.url.removeprefix("/fr/")


def rename(source, title, locale):
    """Translate the title of ``source``'s translation into ``locale`` as ``title``, with its slug, and publish it."""
    translation = Translation.objects.get(source=TranslationSource.get_or_create_from_instance(source)[0], target_locale=locale)
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt == "title":
            entry.msgstr = title
        elif entry.msgctxt == "slug":
            entry.msgstr = slug_for_translation(source, title, locale)
    import_po(translation, po)
    translation.save_target(publish=False)
    page = source.get_translation(locale)
    page.get_latest_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)
