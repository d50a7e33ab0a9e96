"""``manage.py load_demo`` builds the French demo tree: themes, programmes, countries, fact sheets, news."""

import pytest
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Site

from core.models import SiteChrome, StandardPage
from countries.models import CountryPage, WorldRegion
from home.models import HomePage
from news.models import EventPage, NewsPage
from showcase.models import (
    FactSheetActor,
    FactSheetPage,
    OrganisationIndexPage,
    OrganisationPage,
)
from themes.models import ProgrammePage, ThemePage

from .helpers import FOOTER_SLUGS, THEME_TITLES, french

# Marked so that pytest-django runs these before the transactional (browser) tests, which
# flush the database, migrated locales included.
pytestmark = pytest.mark.django_db


def test_site_root_is_the_french_home(demo_run):
    site = Site.objects.get(is_default_site=True)
    assert site.port == 8000
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale.language_code == "fr"
    home = site.root_page.specific
    assert home.live and home.hero_title and home.introduction
    assert 4 <= home.featured_fact_sheets.count() <= 6


def test_sections_and_themes_are_in_the_menu_and_the_footer_pages_chosen(demo_run):
    home = Site.objects.get(is_default_site=True).root_page
    sections = home.get_children().not_type(StandardPage)
    assert sections.count() == 6 and all(sections.values_list("show_in_menus", flat=True))
    assert all(french(ThemePage).values_list("show_in_menus", flat=True))
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    chosen = {chrome.accessibility_page.slug, chrome.legal_notice_page.slug, chrome.personal_data_page.slug, chrome.site_map_page.slug}
    assert chosen == set(FOOTER_SLUGS)


def test_pictures_and_documents_are_in_the_demo_collection(demo_run):
    collection = Collection.objects.get(name="Démonstration")
    assert get_image_model().objects.filter(collection=collection).count() == 1 + 12 + french(FactSheetPage).count()
    documents = get_document_model().objects.filter(collection=collection).count()
    assert documents == french(FactSheetPage).filter(documents__isnull=False).count() > 0


def test_twelve_themes_with_summary_icon_body_and_key_questions(demo_run):
    themes = french(ThemePage).live()
    assert set(themes.values_list("title", flat=True)) == THEME_TITLES
    for theme in themes:
        assert theme.summary and theme.icon and theme.listing_image_id
        assert len(theme.body) >= 2
        assert 2 <= theme.key_questions.count() <= 4


def test_programmes_divd_and_pia(demo_run):
    programmes = french(ProgrammePage).live()
    assert set(programmes.values_list("acronym", flat=True)) >= {"DIVD", "PIA"}
    divd = programmes.get(acronym="DIVD")
    assert divd.title == "Démonstrateurs industriels pour la ville durable"
    assert divd.fact_sheets().exists()


def test_partner_countries_have_iso_code_region_and_cooperation(demo_run):
    countries = french(CountryPage).live()
    assert countries.count() >= 18
    assert {"Maroc", "Sénégal", "Brésil", "Roumanie", "Chine", "Québec (Canada)"} <= set(
        countries.values_list("title", flat=True)
    )
    iso_codes = list(countries.values_list("iso_code", flat=True))
    assert len(set(iso_codes)) == len(iso_codes)
    for country in countries:
        assert len(country.iso_code) == 2 and country.iso_code.isupper()
        assert country.region in WorldRegion.values
        assert country.summary and len(country.cooperation) >= 1
    assert len(set(countries.values_list("region", flat=True))) == len(WorldRegion.values)


def test_fact_sheets_are_labelled_examples_and_cover_every_theme(demo_run):
    fact_sheets = french(FactSheetPage).live()
    assert fact_sheets.count() >= 24
    covered_themes, covered_countries = set(), set()
    for fact_sheet in fact_sheets:
        assert fact_sheet.is_example
        assert fact_sheet.title.startswith("Exemple")
        assert fact_sheet.summary.startswith("Fiche d'exemple")
        assert fact_sheet.city and fact_sheet.region and fact_sheet.has_coordinates and fact_sheet.year_start
        assert 1 <= fact_sheet.theme_links.count() <= 3
        assert fact_sheet.country_links.count() <= 3
        assert 2 <= fact_sheet.key_figures.count() <= 4
        assert 1 <= fact_sheet.actors.count() <= 3
        assert {block.block_type for block in fact_sheet.body} >= {"heading", "paragraph", "quote"}
        gallery = fact_sheet.gallery_images.get()
        assert gallery.alt_text and gallery.image_id
        assert fact_sheet.contact_email.endswith("@vivapolis.example")
        covered_themes.update(fact_sheet.themes())
        covered_countries.update(link.country_id for link in fact_sheet.country_links.all())
        if fact_sheet.place_country_id:
            covered_countries.add(fact_sheet.place_country_id)
    assert {theme.title for theme in covered_themes} == THEME_TITLES
    assert len(covered_countries) >= 10
    assert fact_sheets.exclude(programme=None).exists()
    with_video = fact_sheets.exclude(video_url="")
    assert with_video.exists()
    assert all(page.video_transcript for page in with_video)
    assert fact_sheets.filter(documents__isnull=False).exists()


def test_example_fact_sheets_only_credit_fictional_actors(demo_run):
    actors = FactSheetActor.objects.all()
    assert actors.exists()
    credited = OrganisationPage.objects.filter(pk__in=actors.values("organisation_id"))
    assert credited.count() == credited.filter(is_member=False, is_example=True).count()
    for organisation in credited.filter(locale__language_code="fr"):
        assert "fictif" in organisation.title or "fictive" in organisation.title


def test_network_members_are_organisation_pages_of_every_family(demo_run):
    directory = french(OrganisationIndexPage).get()
    assert directory.slug == "membres" and directory.live and directory.show_in_menus
    members = french(OrganisationPage).live().filter(is_member=True)
    assert members.count() >= 12
    assert set(members.values_list("family", flat=True)) == set(OrganisationPage.Family.values)
    names = set(members.values_list("title", flat=True))
    assert {"Association des maires de France", "Association des petites villes de France", "France urbaine",
            "Business France", "Fédération des entreprises publiques locales", "Euroméditerranée",
            "Agence des villes et territoires méditerranéens durables", "Fédération nationale des agences d'urbanisme",
            "Partenariat français pour la ville et les territoires", "Les Ateliers de Cergy", "Think Smart Grids",
            "Pôles de compétitivité"} <= names
    for member in members:
        assert member.get_parent().pk == directory.pk
        assert member.summary and len(member.body) >= 1 and not member.is_example
    assert all(website.startswith("https://") for website in members.exclude(website="").values_list("website", flat=True))


def test_news_events_and_standard_pages(demo_run):
    assert french(NewsPage).live().count() >= 5
    events = french(EventPage).live()
    today = timezone.localdate()
    assert events.count() >= 6
    assert events.filter(end_date__gte=today).count() >= 2
    assert events.filter(end_date__lt=today).count() >= 2
    assert events.filter(kind=EventPage.Kind.FAIR, title__icontains="Pollutec").exists()
    slugs = set(french(StandardPage).live().values_list("slug", flat=True))
    assert {"a-propos", "gouvernance", *FOOTER_SLUGS} <= slugs
    accessibility = french(StandardPage).get(slug="accessibilite")
    text = " ".join(str(block.value) for block in accessibility.body)
    assert "RGAA" in text and "4.1" in text and "<b>non conforme</b>" in text and "partiellement" not in text
    assert "Défenseur des droits" in text and "axe-core" in text and "Nu Html Checker" in text
    assert [block.block_type for block in french(StandardPage).get(slug="mentions-legales").body].count("legal_details") == 1
    assert "map_tile_server" in [block.block_type for block in french(StandardPage).get(slug="donnees-personnelles").body]
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    assert chrome.publisher and chrome.host and chrome.accessibility_status == SiteChrome.AccessibilityStatus.NON_COMPLIANT


def test_the_networks_own_events_are_dated_as_its_description_and_examples_say_so(demo_run):
    events = french(EventPage).live()
    summit = events.get(slug="sommet-des-deux-rives")
    assert (summit.start_date.isoformat(), summit.date_precision, summit.place) == ("2019-06-01", "month", "Marseille, France")
    cop = events.get(slug="cop25")
    assert (cop.city, cop.place_country, cop.country.slug) == ("Madrid", "Espagne", "chili")
    assert {"smart-city-barcelone", "pollutec-lyon", "smart-city-nice", "world-impact-summit-bordeaux",
            "afrique-france-2020", "saison-france-roumanie", "seminaire-franco-espagnol"} <= set(events.values_list("slug", flat=True))
    today = timezone.localdate()
    assert all(event.title.endswith("(exemple)") for event in events.filter(end_date__gte=today))
    for event in events.exclude(title__endswith="(exemple)"):
        assert event.start_date.year in (2019, 2020), event.title
