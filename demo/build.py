"""Build the demo site from demo/data: pages, pictures, translations.

Every step finds what already exists (pages by slug under their parent, pictures and documents
by title, translations by locale) and only creates what is missing, so running the build twice
changes nothing. ``built[kind][slug]`` holds every demo object.
"""

from collections import defaultdict
from datetime import date, timedelta

from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.models import SiteChrome, StandardPage
from countries.models import CountryIndexPage, CountryPage
from home.models import HomePage
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from showcase.models import FactSheetIndexPage, FactSheetPage, OrganisationIndexPage, OrganisationPage
from themes.models import ProgrammePage, ThemeIndexPage, ThemeKeyQuestion, ThemePage

from .build_fact_sheets import FactSheetBuilder
from .builders import body, ensure_page, rich
from .images import get_or_create_picture
from .localize import translate_demo
from .site import demo_collection, point_site_to, without_renditions_on_publish, without_search_auto_update

INDEX_MODELS = {
    "themes": ThemeIndexPage,
    "fact_sheets": FactSheetIndexPage,
    "countries": CountryIndexPage,
    "members": OrganisationIndexPage,
    "news": NewsIndexPage,
    "events": EventIndexPage,
}


def colours(pair):
    top, bottom = pair
    return tuple(top), tuple(bottom)


def programme_fields(data):
    fields = ("acronym", "status", "start_year", "summary")
    return {**{name: data[name] for name in fields}, "end_year": data.get("end_year"), "body": body(data["body"])}


def country_fields(data):
    return {
        "iso_code": data["iso"],
        "region": data["region"],
        "summary": data["summary"],
        "cooperation": body([{"p": data["cooperation"]}]),
    }


def news_fields(data):
    return {"date": timezone.localdate() - timedelta(days=data["days_ago"]), "summary": data["summary"], "body": body(data["body"])}


def standard_page_fields(data):
    return {"summary": data["summary"], "body": body(data["body"])}


def organisation_fields(data):
    return {
        "acronym": data.get("acronym", ""),
        "family": data["family"],
        "is_member": data["member"],
        "is_example": data.get("example", False),
        "website": data.get("website", ""),
        **standard_page_fields(data),
    }


class DemoBuilder(FactSheetBuilder):
    def __init__(self, content, catalogues):
        self.content = content
        self.catalogues = catalogues
        self.built = defaultdict(dict)

    def build(self):
        pages_before = Page.objects.count()
        # A new demo has no old addresses: Wagtail would record a redirect each time a translation
        # created with the French slug gets its own, before anyone could have seen it.
        no_redirects = override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False)
        with (
            without_search_auto_update(),
            without_renditions_on_publish(),
            disable_reference_index_auto_update(),
            no_redirects,
        ):
            self.collection = demo_collection(self.content.site["collection"])
            self.home = self.build_home()
            self.indexes = self.build_indexes()
            content, indexes = self.content, self.indexes
            self.build_pages("theme", indexes["themes"], ThemePage, content.themes, self.theme_fields)
            self.build_pages("programme", indexes["themes"], ProgrammePage, content.programmes, programme_fields)
            self.build_pages("country", indexes["countries"], CountryPage, content.countries, country_fields)
            self.build_pages("organisation", indexes["members"], OrganisationPage, content.organisations, organisation_fields)
            self.build_pages("fact_sheet", indexes["fact_sheets"], FactSheetPage, content.fact_sheets, self.fact_sheet_fields)
            self.feature_fact_sheets()
            self.build_pages("news", indexes["news"], NewsPage, content.news, news_fields)
            self.build_pages("event", indexes["events"], EventPage, content.events, self.event_fields)
            self.build_pages("page", self.home, StandardPage, content.standard_pages, standard_page_fields)
            self.choose_footer_pages()
            self.translator = translate_demo(self.content, self.built, self.catalogues)
        if Page.objects.count() != pages_before:
            self.update_reference_index()

    def update_reference_index(self):
        """Record once what each demo page links to (usage counts in the admin)."""
        for page in Page.objects.filter(depth__gt=1).specific():
            ReferenceIndex.create_or_update_for_object(page)

    def picture(self, title, colour_pair, seed):
        top, bottom = colours(colour_pair)
        return get_or_create_picture(title, top, bottom, seed, collection=self.collection)

    def build_home(self):
        data = self.content.home
        home, _ = ensure_page(
            Page.get_first_root_node(),
            HomePage,
            data["slug"],
            title=data["title"],
            hero_title=data["hero_title"],
            hero_text=data["hero_text"],
            hero_cta_label=data["hero_cta_label"],
            hero_image=self.picture(data["picture_title"], data["picture_colours"], "home"),
            introduction=rich(*data["introduction"]),
        )
        point_site_to(home, self.content.site["name"])
        self.built["home"][data["slug"]] = home
        return home

    def build_indexes(self):
        indexes = {}
        for key, model in INDEX_MODELS.items():
            data = self.content.indexes[key]
            indexes[key], _ = ensure_page(
                self.home, model, data["slug"], title=data["title"], introduction=rich(*data["introduction"]), show_in_menus=True
            )
            self.built["index"][data["slug"]] = indexes[key]
        if not self.home.hero_cta_page_id:
            self.home.hero_cta_page = indexes["fact_sheets"]
            self.home.save_revision().publish(skip_permission_checks=True)
        return indexes

    def build_pages(self, kind, parent, model, items, fields):
        """A page of ``model`` under ``parent`` for each of ``items``; ``fields(data)`` gives its fields."""
        for data in items:
            self.built[kind][data["slug"]], _ = ensure_page(parent, model, data["slug"], title=data["title"], **fields(data))

    def theme_fields(self, data):
        picture_title = self.content.theme_picture_title.format(title=data["title"])
        return {
            "summary": data["summary"],
            "icon": data["icon"],
            "show_in_menus": True,
            "listing_image": self.picture(picture_title, data["colours"], f"theme-{data['slug']}"),
            "body": body(data["body"]),
            "key_questions": [ThemeKeyQuestion(question=question, sort_order=i) for i, question in enumerate(data["questions"])],
        }

    def event_fields(self, data):
        if data.get("example"):
            start = timezone.localdate() + timedelta(days=data["start_in_days"])
            dates = {"start_date": start, "end_date": start + timedelta(days=data["days"] - 1)}
        else:
            dates = {"start_date": date.fromisoformat(data["start"]), "end_date": date.fromisoformat(data["end"]),
                     "date_precision": data["precision"]}
        return {
            "kind": data["kind"],
            **dates,
            "venue": data.get("venue", ""),
            "city": data.get("city", ""),
            "place_country": data.get("place_country", ""),
            "country": self.built["country"][data["country"]] if data.get("country") else None,
            "summary": data["summary"],
            "body": body(data["body"]),
        }

    def choose_footer_pages(self):
        """Point the footer links of the site's SiteChrome setting at the pages that name them; name the
        publisher and host of the legal notice."""
        chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
        for field_name in ("publisher", "publication_director", "host"):
            if not getattr(chrome, field_name):
                setattr(chrome, field_name, self.content.site.get(field_name, ""))
        for data in self.content.standard_pages:
            field_name = data.get("footer")
            if field_name and getattr(chrome, f"{field_name}_id") is None:
                setattr(chrome, field_name, self.built["page"][data["slug"]])
        chrome.save()
