"""Build the demo site: pages, snippets, pictures, translations, groups and accounts.

Every step finds what already exists (pages by slug under their parent, organisations by name,
pictures and documents by title, translations by locale) and only creates what is missing, so
running the build twice changes nothing.
"""

import os
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.management import CommandError
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.search import signal_handlers as search_signals
from wagtail.search.index import get_indexed_models
from wagtail.models import Collection, Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from search import signals as publish_signals
from core.models import SiteChrome, StandardPage
from countries.models import CountryIndexPage, CountryPage
from home.models import HomeFeaturedFactSheet, HomePage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from showcase.models import (
    FactSheetActor,
    FactSheetCountry,
    FactSheetDocument,
    FactSheetGalleryImage,
    FactSheetIndexPage,
    FactSheetKeyFigure,
    FactSheetPage,
    FactSheetTheme,
    Organisation,
)
from themes.models import ProgrammePage, ThemeIndexPage, ThemeKeyQuestion, ThemePage

from . import countries, fact_sheets, news, organisations, pages, themes
from .builders import ensure_page, rich, stream
from .images import get_or_create_pdf, get_or_create_picture
from .localize import DemoTranslator
from .translations import TRANSLATIONS


@contextmanager
def _without_search_auto_update():
    """Index once at the end (update_index) rather than on every save of every page."""
    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    publish_signals.disconnect()
    try:
        yield
    finally:
        for model in models:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
        publish_signals.connect()


def site_address():
    """(hostname, port) of the demo site, from DEMO_SITE_HOSTNAME and DEMO_SITE_PORT."""
    hostname = os.environ.get("DEMO_SITE_HOSTNAME", "").strip() or "127.0.0.1"
    port = os.environ.get("DEMO_SITE_PORT", "").strip() or "8000"
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise CommandError(f"DEMO_SITE_PORT must be a port number between 1 and 65535, not {port!r}.")
    return hostname, int(port)


class DemoBuilder:
    def __init__(self):
        self.default_locale = Locale.get_default()
        self.languages = [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES if code != self.default_locale.language_code]
        self.theme_pages = {}
        self.programme_pages = {}
        self.country_pages = {}
        self.organisations = {}
        self.fact_sheet_pages = {}

    # -- Structure -------------------------------------------------------------------------

    def build(self):
        pages_before = Page.objects.count()
        with _without_search_auto_update(), disable_reference_index_auto_update():
            self.collection = self.demo_collection()
            self.home = self.build_home()
            self.indexes = self.build_indexes()
            self.build_themes()
            self.build_programmes()
            self.build_countries()
            self.build_organisations()
            self.build_fact_sheets()
            self.feature_fact_sheets()
            self.build_news()
            self.build_events()
            self.standard_pages = self.build_standard_pages()
            self.translate()
        if Page.objects.count() != pages_before:
            self.update_reference_index()

    def update_reference_index(self):
        """Record once what each demo page and snippet links to (usage counts in the admin)."""
        for page in Page.objects.filter(depth__gt=1).specific():
            ReferenceIndex.create_or_update_for_object(page)
        for organisation in Organisation.objects.all():
            ReferenceIndex.create_or_update_for_object(organisation)

    def demo_collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name="Démonstration").first()
        return existing or root.add_child(name="Démonstration")

    def picture(self, title, colours, seed):
        top, bottom = colours
        return get_or_create_picture(title, top, bottom, seed, collection=self.collection)

    def build_home(self):
        root = Page.get_first_root_node()
        data = pages.HOME
        home, _ = ensure_page(
            root,
            HomePage,
            data["slug"],
            title=data["title"],
            hero_title=data["hero_title"],
            hero_text=data["hero_text"],
            hero_cta_label=data["hero_cta_label"],
            hero_image=self.picture("Vivapolis – image d'accueil", ((70, 130, 200), (235, 225, 190)), "home"),
            introduction=rich(*data["introduction"]),
        )
        self.point_site_to(home)
        return home

    def point_site_to(self, home):
        hostname, port = site_address()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        welcome_page = site.root_page if site.pk else None
        site.hostname, site.port, site.root_page, site.site_name = hostname, port, home, "Vivapolis"
        site.save()
        # Wagtail's initial "Welcome to your new Wagtail site!" page is no longer reachable.
        if welcome_page and welcome_page.pk != home.pk and welcome_page.specific_class is Page and not welcome_page.numchild:
            welcome_page.delete()

    def build_indexes(self):
        models = {
            "themes": ThemeIndexPage,
            "fact_sheets": FactSheetIndexPage,
            "countries": CountryIndexPage,
            "news": NewsIndexPage,
            "events": EventIndexPage,
        }
        indexes = {}
        for key, model in models.items():
            data = pages.INDEXES[key]
            indexes[key], _ = ensure_page(
                self.home, model, data["slug"], title=data["title"], introduction=rich(*data["introduction"]), show_in_menus=True
            )
        if not self.home.hero_cta_page_id:
            self.home.hero_cta_page = indexes["fact_sheets"]
            self.home.save_revision().publish(skip_permission_checks=True)
        return indexes

    def build_themes(self):
        for number, data in enumerate(themes.THEMES):
            image = self.picture(f"Thématique – {data['title']}", data["colours"], f"theme-{data['slug']}")
            self.theme_pages[data["slug"]], _ = ensure_page(
                self.indexes["themes"],
                ThemePage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                icon=data["icon"],
                show_in_menus=True,
                listing_image=image,
                body=stream(data["body"]),
                key_questions=[ThemeKeyQuestion(question=question, sort_order=i) for i, question in enumerate(data["questions"])],
            )

    def build_programmes(self):
        for data in themes.PROGRAMMES:
            self.programme_pages[data["slug"]], _ = ensure_page(
                self.indexes["themes"],
                ProgrammePage,
                data["slug"],
                title=data["title"],
                acronym=data["acronym"],
                status=data["status"],
                start_year=data["start_year"],
                end_year=data["end_year"],
                summary=data["summary"],
                body=stream(data["body"]),
            )

    def build_countries(self):
        for data in countries.COUNTRIES:
            self.country_pages[data["slug"]], _ = ensure_page(
                self.indexes["countries"],
                CountryPage,
                data["slug"],
                title=data["title"],
                iso_code=data["iso"],
                region=data["region"],
                summary=data["summary"],
                cooperation=stream([("p", data["cooperation"])]),
            )

    def build_organisations(self):
        rows = [
            (key, name, acronym, sector, kind, True, website, description)
            for key, name, acronym, sector, kind, website, description in organisations.MEMBERS
        ] + [
            (key, name, "", sector, kind, False, "", description)
            for key, name, sector, kind, description in organisations.FICTIONAL
        ]
        for key, name, acronym, sector, kind, is_member, website, description in rows:
            organisation, _ = Organisation.objects.get_or_create(
                name=name,
                locale=self.default_locale,
                defaults={
                    "acronym": acronym,
                    "sector": sector,
                    "kind": kind,
                    "is_member": is_member,
                    "website": website,
                    "description": description,
                },
            )
            self.organisations[key] = organisation

    def build_fact_sheets(self):
        parent = self.indexes["fact_sheets"]
        theme_colours = {data["slug"]: data["colours"] for data in themes.THEMES}
        for data in fact_sheets.FACT_SHEETS:
            city, region, country, latitude, longitude = data["place"]
            image = self.picture(f"Fiche d'exemple – {data['title']}", theme_colours[data["themes"][0]], data["slug"])
            year_start, year_end = data["years"]
            fields = {
                "title": data["title"],
                "summary": data["summary"],
                "is_example": True,
                "listing_image": image,
                "city": city,
                "region": region,
                "place_country": self.country_pages[country] if country else None,
                "latitude": Decimal(str(latitude)),
                "longitude": Decimal(str(longitude)),
                "year_start": year_start,
                "year_end": year_end,
                "status": data["status"],
                "programme": self.programme_pages.get(data["programme"]),
                "body": stream(
                    [
                        ("h2", fact_sheets.HEADING_CONTEXT),
                        ("p", data["context"]),
                        ("h2", fact_sheets.HEADING_SOLUTION),
                        ("p", data["solution"]),
                        ("quote", *data["quote"]),
                        ("h2", fact_sheets.HEADING_RESULTS),
                        ("p", data["results"]),
                    ]
                ),
                # Example sheets have no real project team: the network's secretariat answers.
                "contact_name": "Secrétariat du réseau Vivapolis",
                "contact_organisation": "Vivapolis",
                "contact_email": "secretariat@vivapolis.example",
                "theme_links": [FactSheetTheme(theme=self.theme_pages[slug], sort_order=i) for i, slug in enumerate(data["themes"])],
                "country_links": [
                    FactSheetCountry(country=self.country_pages[slug], sort_order=i) for i, slug in enumerate(data["countries"])
                ],
                "key_figures": [
                    FactSheetKeyFigure(value=Decimal(str(value)), unit=unit, label=label, sort_order=i)
                    for i, (value, unit, label) in enumerate(data["figures"])
                ],
                "actors": [
                    FactSheetActor(organisation=self.organisations[key], role=role, sort_order=i)
                    for i, (key, role) in enumerate(data["actors"])
                ],
                "gallery_images": [
                    FactSheetGalleryImage(image=image, alt_text=fact_sheets.GALLERY_ALT, caption=fact_sheets.GALLERY_CAPTION)
                ],
            }
            if data.get("video"):
                fields.update(
                    video_url=fact_sheets.VIDEO_URL,
                    video_title=fact_sheets.VIDEO_TITLE,
                    video_transcript=fact_sheets.VIDEO_TRANSCRIPT,
                )
            if data.get("document"):
                document = get_or_create_pdf(
                    f"Fiche d'exemple – {data['title']}",
                    f"{data['slug']}.pdf",
                    [data["summary"], data["context"], data["solution"], data["results"],
                     "Document de démonstration : ce projet est fictif."],
                    collection=self.collection,
                )
                fields["documents"] = [FactSheetDocument(document=document, title=fact_sheets.DOCUMENT_TITLE)]
            self.fact_sheet_pages[data["slug"]], _ = ensure_page(parent, FactSheetPage, data["slug"], **fields)

    def feature_fact_sheets(self):
        if self.home.featured_fact_sheets.exists():
            return
        featured = [data["slug"] for data in fact_sheets.FACT_SHEETS if data.get("featured")]
        self.home.featured_fact_sheets = [
            HomeFeaturedFactSheet(fact_sheet=self.fact_sheet_pages[slug], sort_order=i, locale=self.home.locale)
            for i, slug in enumerate(featured)
        ]
        self.home.save()
        self.home.save_revision().publish(skip_permission_checks=True)

    def build_news(self):
        today = timezone.localdate()
        for data in news.NEWS:
            ensure_page(
                self.indexes["news"],
                NewsPage,
                data["slug"],
                title=data["title"],
                date=today - timedelta(days=data["days_ago"]),
                summary=data["summary"],
                body=stream(data["body"]),
            )

    def build_events(self):
        today = timezone.localdate()
        for data in news.EVENTS:
            start = today + timedelta(days=data["start_in_days"])
            ensure_page(
                self.indexes["events"],
                EventPage,
                data["slug"],
                title=data["title"],
                kind=data["kind"],
                start_date=start,
                end_date=start + timedelta(days=data["days"] - 1),
                venue=data["venue"],
                city=data["city"],
                country=self.country_pages[data["country"]] if data["country"] else None,
                summary=data["summary"],
                body=stream(data["body"]),
            )

    def build_standard_pages(self):
        built = {}
        for data in pages.STANDARD_PAGES:
            built[data["slug"]], _ = ensure_page(
                self.home, StandardPage, data["slug"], title=data["title"], summary=data["summary"], body=stream(data["body"])
            )
        self.choose_footer_pages(built)
        return built

    def choose_footer_pages(self, built):
        chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
        for field_name, slug in pages.FOOTER_PAGES.items():
            if getattr(chrome, f"{field_name}_id") is None:
                setattr(chrome, field_name, built[slug])
        chrome.save()

    # -- Translations ----------------------------------------------------------------------

    def translate(self):
        """Translate in dependency order, so that links are re-linked to translated pages."""
        locales = [Locale.objects.get_or_create(language_code=code)[0] for code in self.languages]
        self.translator = translator = DemoTranslator(locales)
        every = [code for code in self.languages if code in TRANSLATIONS]
        home_slugs = {code: f"{self.home.slug}-{code}" for code in every}

        translator.translate(self.home, every, slug=home_slugs)
        for index in self.indexes.values():
            translator.translate(index, every)
        for data in pages.STANDARD_PAGES:
            translator.translate(self.standard_pages[data["slug"]], every if data["footer"] else ["en"])
        for page in [*self.theme_pages.values(), *self.programme_pages.values(), *self.country_pages.values()]:
            translator.translate(page, every)

        def sheet_languages(data):
            return every if data.get("translated") else ["en", *data.get("languages", [])]

        organisation_languages = {}
        for data in fact_sheets.FACT_SHEETS:
            for key, _role in data["actors"]:
                organisation_languages.setdefault(key, set()).update(sheet_languages(data))
        for key, organisation in self.organisations.items():
            codes = organisation_languages.get(key, {"en"})
            translator.translate(organisation, [code for code in every if code in codes])
        for data in fact_sheets.FACT_SHEETS:
            translator.translate(self.fact_sheet_pages[data["slug"]], [c for c in sheet_languages(data) if c in every])

        for page in [*NewsPage.objects.child_of(self.indexes["news"]), *EventPage.objects.child_of(self.indexes["events"])]:
            translator.translate(page, ["en"])
