"""One factory per page type: every page a test needs is made through these."""

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.search.index import insert_or_update_object

from core import models as core
from countries import models as countries
from home import models as home
from news import models as news
from showcase import models as showcase
from themes import models as themes


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Vivapolis"
    hero_title = "La ville durable, savoir-faire français"
    hero_text = "Des réalisations innovantes pour les villes du monde."

    class Meta:
        model = home.HomePage


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thématiques"

    class Meta:
        model = themes.ThemeIndexPage


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thématique {n}")
    summary = factory.LazyAttribute(lambda page: f"Résumé de {page.title}.")

    class Meta:
        model = themes.ThemePage


class ProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Programme {n}")
    acronym = factory.Sequence(lambda n: f"P{n}")

    class Meta:
        model = themes.ProgrammePage


class CountryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Pays partenaires"

    class Meta:
        model = countries.CountryIndexPage


class CountryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pays {n}")
    iso_code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    region = countries.WorldRegion.EUROPE

    class Meta:
        model = countries.CountryPage


class FactSheetIndexPageFactory(wagtail_factories.PageFactory):
    title = "Réalisations innovantes"

    class Meta:
        model = showcase.FactSheetIndexPage


class OrganisationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Membres du réseau"

    class Meta:
        model = showcase.OrganisationIndexPage


class OrganisationPageFactory(wagtail_factories.PageFactory):
    """A member organisation (``is_member=False`` for one that fact sheets credit but the directory leaves out)."""

    title = factory.Sequence(lambda n: f"Organisation {n}")
    summary = factory.LazyAttribute(lambda page: f"Présentation de {page.title}.")
    family = showcase.OrganisationPage.Family.STATE

    class Meta:
        model = showcase.OrganisationPage


class FactSheetPageFactory(wagtail_factories.PageFactory):
    """A fact sheet; pass ``themes=[...]``, ``countries=[...]`` and ``actors=[(organisation, role)]`` to link it."""

    title = factory.Sequence(lambda n: f"Réalisation {n}")
    summary = factory.LazyAttribute(lambda page: f"Résumé de {page.title}.")
    city = "Lyon"
    year_start = 2020
    latitude = "45.764043"
    longitude = "4.835659"

    class Meta:
        model = showcase.FactSheetPage
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        for theme in extracted or []:
            showcase.FactSheetTheme.objects.create(page=self, theme=theme, locale=self.locale)

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        for country in extracted or []:
            showcase.FactSheetCountry.objects.create(page=self, country=country, locale=self.locale)

    @factory.post_generation
    def key_figures(self, create, extracted, **kwargs):
        # sort_order as the admin's inline panel sets it: rows without one come back in any order on PostgreSQL.
        for position, (value, unit, label) in enumerate(extracted or []):
            showcase.FactSheetKeyFigure.objects.create(
                page=self, value=value, unit=unit, label=label, locale=self.locale, sort_order=position
            )

    @factory.post_generation
    def actors(self, create, extracted, **kwargs):
        for position, (organisation, role) in enumerate(extracted or []):
            showcase.FactSheetActor.objects.create(page=self, organisation=organisation, role=role, locale=self.locale, sort_order=position)

    @factory.post_generation
    def reindex(self, create, extracted, **kwargs):
        # Publishing re-indexes a page with its inline rows (search.signals); rows made here need the same.
        if create and (self.theme_links.exists() or self.country_links.exists() or self.actors.exists()):
            insert_or_update_object(self)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Actualités"

    class Meta:
        model = news.NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Actualité {n}")
    summary = "Une actualité du réseau."
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = news.NewsPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Événements"

    class Meta:
        model = news.EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Matinale {n}")
    kind = news.EventPage.Kind.MATINALE
    city = "Paris"
    start_date = factory.LazyFunction(lambda: timezone.localdate() + timezone.timedelta(days=30))
    end_date = factory.LazyAttribute(lambda page: page.start_date)

    class Meta:
        model = news.EventPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")

    class Meta:
        model = core.StandardPage
