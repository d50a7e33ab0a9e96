"""``manage.py load_demo`` builds the whole demo tree, translated with wagtail-localize, idempotently.

The command runs once per module (it takes a while); every test reads what it built.
"""

from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone, translation
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from demo.accounts import DEFAULT_DEMO_PASSWORD
from core.models import StandardPage
from countries.models import CountryIndexPage, CountryPage, WorldRegion
from home.models import HomePage
from news.models import EventPage, NewsIndexPage, NewsPage
from showcase.models import (
    FactSheetActor,
    FactSheetIndexPage,
    FactSheetPage,
    Organisation,
)
from themes.models import ProgrammePage, ThemeIndexPage, ThemePage

THEME_TITLES = {
    "Développement territorial", "Économie circulaire", "Énergie", "Europe et international", "Financement",
    "Gouvernance participative", "Ingénierie", "Mobilité", "Nature en ville", "Numérique", "Valeur du sol",
    "Services urbains intégrés",
}
OTHER_LANGUAGES = ("es", "pt", "ar", "zh-hans")
FOOTER_SLUGS = ("mentions-legales", "accessibilite", "donnees-personnelles", "plan-du-site")


def count_every_model():
    tables = set(connection.introspection.table_names())
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.db_table in tables
    }


# Marked so that pytest-django runs these before the transactional (browser) tests, which
# flush the database, migrated locales included.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """Run load_demo three times inside a transaction rolled back after the module's tests."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        with transaction.atomic():
            first, second, without_accounts = StringIO(), StringIO(), StringIO()
            call_command("load_demo", "--with-accounts", stdout=first)
            after_first = count_every_model()
            call_command("load_demo", "--with-accounts", stdout=second)
            after_second = count_every_model()
            call_command("load_demo", stdout=without_accounts)
            after_third = count_every_model()
            yield {
                "outputs": [first.getvalue(), second.getvalue(), without_accounts.getvalue()],
                "counts": [after_first, after_second, after_third],
            }
            transaction.set_rollback(True)


def french(model):
    return model.objects.filter(locale__language_code="fr")


def in_language(model, language_code):
    return model.objects.live().filter(locale__language_code=language_code)


def test_running_it_again_changes_no_count(demo):
    first, second, third = demo["counts"]
    assert first["wagtailcore.Page"] > 300
    assert second == first
    assert third == first


def test_output_summarises_counts_and_accounts(demo):
    first, _, without_accounts = demo["outputs"]
    assert "showcase.FactSheetPage" in first
    assert "pages in zh-hans" in first
    assert f"editor       Editors      password: {DEFAULT_DEMO_PASSWORD}" in first
    assert "kept in French" not in first
    assert "No demo accounts created" in without_accounts
    assert "password:" not in without_accounts


def test_site_root_is_the_french_home(demo):
    site = Site.objects.get(is_default_site=True)
    assert site.port == 8000
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale.language_code == "fr"
    home = site.root_page.specific
    assert home.live and home.hero_title and home.introduction
    assert 4 <= home.featured_fact_sheets.count() <= 6


def test_twelve_themes_with_summary_icon_body_and_key_questions(demo):
    themes = french(ThemePage).live()
    assert set(themes.values_list("title", flat=True)) == THEME_TITLES
    for theme in themes:
        assert theme.summary and theme.icon and theme.listing_image_id
        assert len(theme.body) >= 2
        assert 2 <= theme.key_questions.count() <= 4


def test_programmes_divd_and_pia(demo):
    programmes = french(ProgrammePage).live()
    assert set(programmes.values_list("acronym", flat=True)) >= {"DIVD", "PIA"}
    divd = programmes.get(acronym="DIVD")
    assert divd.title == "Démonstrateurs industriels pour la ville durable"
    assert divd.fact_sheets().exists()


def test_partner_countries_have_iso_code_region_and_cooperation(demo):
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


def test_fact_sheets_are_labelled_examples_and_cover_every_theme(demo):
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


def test_example_fact_sheets_only_credit_fictional_actors(demo):
    actors = FactSheetActor.objects.select_related("organisation")
    assert actors.exists()
    for actor in actors:
        assert not actor.organisation.is_member
    for actor in actors.filter(locale__language_code="fr"):
        assert "fictif" in actor.organisation.name or "fictive" in actor.organisation.name


def test_network_members_are_organisations_with_kind_sector_and_website(demo):
    members = french(Organisation).filter(is_member=True)
    names = set(members.values_list("name", flat=True))
    assert {"Association des maires de France", "France urbaine", "Business France",
            "Fédération des entreprises publiques locales",
            "Agence des villes et territoires méditerranéens durables"} <= names
    assert any(name.startswith("Ministère") for name in names)
    for member in members:
        assert member.kind and member.sector and member.website.startswith("https://")


def test_news_events_and_standard_pages(demo):
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
    assert "RGAA" in text and "4.1" in text and "partiellement conforme" in text


def test_english_has_everything(demo):
    for model in (HomePage, ThemeIndexPage, ThemePage, ProgrammePage, CountryIndexPage, CountryPage,
                  FactSheetIndexPage, FactSheetPage, NewsIndexPage, NewsPage, EventPage, StandardPage):
        assert in_language(model, "en").count() == french(model).live().count(), model
    assert french(Organisation).count() == Organisation.objects.filter(locale__language_code="en").count()


@pytest.mark.parametrize("language_code", OTHER_LANGUAGES)
def test_other_languages_have_the_structure_and_eight_fact_sheets(demo, language_code):
    for model in (HomePage, ThemeIndexPage, ThemePage, ProgrammePage, CountryIndexPage, CountryPage,
                  FactSheetIndexPage, NewsIndexPage):
        assert in_language(model, language_code).count() == french(model).live().count(), model
    assert set(in_language(StandardPage, language_code).values_list("slug", flat=True)) >= set(FOOTER_SLUGS)
    fact_sheets = in_language(FactSheetPage, language_code)
    assert fact_sheets.count() >= 8
    home = in_language(HomePage, language_code).get()
    featured_keys = {link.fact_sheet.translation_key for link in home.featured_fact_sheets.select_related("fact_sheet")}
    assert featured_keys <= set(fact_sheets.values_list("translation_key", flat=True))
    with translation.override(language_code):
        assert len(home.featured()) == len(featured_keys)


@pytest.mark.parametrize(
    ("language_code", "country_slug"), [("es", "chili"), ("pt", "bresil"), ("ar", "maroc"), ("zh-hans", "chine")]
)
def test_delegations_find_a_fact_sheet_about_their_country_in_their_language(demo, language_code, country_slug):
    country = in_language(CountryPage, language_code).get(slug=country_slug)
    assert country.fact_sheets().filter(locale=country.locale).exists()


@pytest.mark.parametrize("language_code", ("en", *OTHER_LANGUAGES))
def test_translations_are_translated_text_made_with_wagtail_localize(demo, language_code):
    locale = Locale.objects.get(language_code=language_code)
    for model in (ThemePage, CountryPage, FactSheetPage):
        for page in in_language(model, language_code):
            source = page.get_translation(Locale.objects.get(language_code="fr")).specific
            assert page.summary != source.summary, page.summary
            assert page.slug == source.slug
            assert Translation.objects.filter(
                source=TranslationSource.objects.get_for_instance(source), target_locale=locale
            ).exists()
    for fact_sheet in in_language(FactSheetPage, language_code):
        assert fact_sheet.is_example
        assert {theme.locale_id for theme in fact_sheet.themes()} == {locale.pk}
        assert {link.country.locale_id for link in fact_sheet.country_links.all()} <= {locale.pk}
        assert {actor.organisation.locale_id for actor in fact_sheet.actors.all()} == {locale.pk}


@pytest.mark.parametrize("language_code", ("fr", "en", "ar"))
def test_every_fact_sheet_shows_the_example_notice(demo, client, language_code):
    with translation.override(language_code):
        notice = translation.gettext(
            "Example: this fact sheet illustrates the kind of achievement the network presents; "
            "it is not an official description of a real project."
        )
    for fact_sheet in in_language(FactSheetPage, language_code):
        response = client.get(fact_sheet.get_url())
        assert response.status_code == 200
        html = response.content.decode()
        assert notice in html.replace("&#x27;", "'").replace("&quot;", '"')
        assert fact_sheet.title in html.replace("&#x27;", "'")


def test_groups_have_sensible_permissions(demo):
    homes = list(HomePage.objects.all())
    expected = {
        "Editors": {"add_page", "change_page", "publish_page"},
        "Moderators": {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        "Translators": {"change_page"},
    }
    for name, codenames in expected.items():
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()
        for home in homes:
            granted = set(
                GroupPagePermission.objects.filter(group=group, page=home).values_list("permission__codename", flat=True)
            )
            assert codenames <= granted, (name, home.locale)
        assert GroupCollectionPermission.objects.filter(group=group, permission__codename="choose_image").exists()
    translators = Group.objects.get(name="Translators")
    assert not GroupPagePermission.objects.filter(group=translators, permission__codename="publish_page").exists()
    assert translators.permissions.filter(codename="submit_translation").exists()
    assert Group.objects.get(name="Moderators").permissions.filter(codename="submit_translation").exists()
    assert Group.objects.get(name="Editors").permissions.filter(codename="change_organisation").exists()


def test_a_bad_site_port_is_refused_with_a_clear_message(db, monkeypatch):
    monkeypatch.setenv("DEMO_SITE_PORT", "eighty")
    before = count_every_model()
    with pytest.raises(CommandError, match="DEMO_SITE_PORT must be a port number"):
        call_command("load_demo", stdout=StringIO())
    assert count_every_model() == before


def test_demo_accounts(demo):
    users = get_user_model().objects
    admin = users.get(username="admin")
    assert admin.is_superuser and admin.check_password(DEFAULT_DEMO_PASSWORD)
    for username, group in (("editor", "Editors"), ("moderator", "Moderators"), ("translator", "Translators")):
        user = users.get(username=username)
        assert not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.check_password(DEFAULT_DEMO_PASSWORD)
