"""Pages visitors may not see, of every type, and public pages that link to them (the leak scan's content).

Every hidden page has ``MARK`` in its title and slug, and no public text has it: finding the mark,
or a hidden page's id, on a public surface is a leak. Four ways of being hidden:

- ``draft``: never published;
- ``password`` and ``login``: published behind a view restriction;
- ``translation``: a public French page whose English translation, with a title of its own, is a draft.
"""

from wagtail.models import PageViewRestriction
from wagtail.search.index import insert_or_update_object

from tests.factories import (
    CountryPageFactory,
    EventPageFactory,
    FactSheetPageFactory,
    NewsPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    ProgrammePageFactory,
    StandardPageFactory,
    ThemePageFactory,
    build_multilingual_site,
    translate,
)

MARK = "zqx"
WAYS = ("draft", "password", "login", "translation")
RESTRICTIONS = {"password": PageViewRestriction.PASSWORD, "login": PageViewRestriction.LOGIN}

# page type: (factory, the shared site's index page it goes under)
KINDS = {
    "theme": (ThemePageFactory, "theme_index"),
    "programme": (ProgrammePageFactory, "theme_index"),
    "country": (CountryPageFactory, "country_index"),
    "organisation": (OrganisationPageFactory, "organisation_index"),
    "fact_sheet": (FactSheetPageFactory, "fact_sheet_index"),
    "news": (NewsPageFactory, "news_index"),
    "event": (EventPageFactory, "event_index"),
    "standard": (StandardPageFactory, "home"),
}


def _extra_fields(kind, site):
    if kind == "fact_sheet":  # filed under the public theme and country, so that their pages would list it
        return {"themes": [site["theme"]], "countries": [site["country"]]}
    if kind == "country":
        return {"iso_code": "ZZ"}
    return {}


def _hidden_page(kind, way, site):
    factory, parent = KINDS[kind]
    name = f"{kind.replace('_', '-')}-{way}"
    fields = {"parent": site[parent], **_extra_fields(kind, site)}
    if way == "translation":
        source = factory(title=f"Visible source {name}", slug=f"visible-{name}", **fields)
        hidden = translate(source, "en", publish=False)
        assert not hidden.live
        return hidden  # renamed once the linking pages are translated (which re-synchronises it)
    page = factory(title=f"{MARK.capitalize()} {name}", slug=f"{MARK}-{name}", live=way != "draft", **fields)
    if way in RESTRICTIONS:
        PageViewRestriction.objects.create(page=page, restriction_type=RESTRICTIONS[way], password="secret")
    return page


def _linking_pages(way, hidden, site):
    """A public fact sheet and event linking every hidden page of ``way``; translated into English for
    ``translation``, so that their English versions link the unpublished English translations."""
    fact_sheet = FactSheetPageFactory(
        parent=site["fact_sheet_index"],
        title=f"Linking fact sheet {way}",
        slug=f"linking-{way}",
        themes=[site["theme"], _source(hidden["theme"])],
        countries=[_source(hidden["country"])],
        place_country=_source(hidden["country"]),
        programme=_source(hidden["programme"]),
        actors=[(_source(hidden["organisation"]), "Partner")],
    )
    fact_sheet.save_revision().publish()
    event = EventPageFactory(parent=site["event_index"], title=f"Linking event {way}", slug=f"linking-event-{way}", country=_source(hidden["country"]))
    linking = {"fact_sheet": fact_sheet, "event": event}
    if way == "translation":
        linking.update({f"{name}_en": translate(page, "en") for name, page in list(linking.items())})
    return linking


def _source(page):
    """The page in French: itself, or the public source of an unpublished translation."""
    return page.get_translation(page.locale.get_default()) if page.locale.language_code != "fr" else page


def build_hidden_pages(site):
    """``{"hidden": {way: {kind: page}}, "linking": {way: {name: page}}}`` on top of ``multilingual_site``."""
    site["organisation_index"] = OrganisationIndexPageFactory(parent=site["home"], slug="membres")
    for name in ("news_index", "event_index", "organisation_index"):
        translate(site[name], "en")
    hidden = {way: {kind: _hidden_page(kind, way, site) for kind in KINDS} for way in WAYS}
    linking = {way: _linking_pages(way, hidden[way], site) for way in WAYS}
    for kind, page in hidden["translation"].items():
        page.title, page.slug = f"{MARK.capitalize()} unpublished {kind}", f"{MARK}-{kind.replace('_', '-')}-translation"
        page.save()
    for page in [*(page for pages in linking.values() for page in pages.values()), *hidden["translation"].values()]:
        insert_or_update_object(page.specific)  # indexed with the names of the pages they link, as they are now
    return {"hidden": hidden, "linking": linking}


def build_hidden_pages_site():
    """``multilingual_site`` with the hidden pages and the pages linking them (the ``hidden_pages_site`` fixture)."""
    site = build_multilingual_site()
    site.update(build_hidden_pages(site))
    return site


def hidden_ids(content):
    return {page.pk for pages in content["hidden"].values() for page in pages.values()}
