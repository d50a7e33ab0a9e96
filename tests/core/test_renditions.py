"""Renditions are made at publish time or by the command, never during a visitor's request."""

from io import StringIO

import pytest
import wagtail_factories
from django.core.cache import cache
from django.core.management import call_command
from wagtail.images import get_image_model

from core.images import IMAGE_FORMATS
from tests.factories import FactSheetPageFactory, ThemePageFactory


def delete_renditions(image):
    # Wagtail also keeps renditions in the cache; forget both, as if they had never been made.
    image.renditions.all().delete()
    cache.clear()


def rendition_specs(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


@pytest.fixture(autouse=True)
def _empty_rendition_cache():
    # Image ids are reused between tests; stale cached renditions would hide missing ones.
    cache.clear()


@pytest.fixture
def image(db):
    return wagtail_factories.ImageFactory(file__width=1600, file__height=1000, title="Tramway")


@pytest.mark.django_db
def test_publishing_a_page_makes_the_renditions_its_templates_show(site_tree, image):
    theme = ThemePageFactory(parent=site_tree["theme_index"])
    fact_sheet = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], listing_image=image, themes=[theme])
    delete_renditions(image)

    fact_sheet.save_revision().publish()

    expected = set(IMAGE_FORMATS["card"].specs) | set(IMAGE_FORMATS["hero"].specs)
    assert expected <= rendition_specs(image)
    assert all(rendition.file.name.endswith(".webp") for rendition in image.renditions.all())


@pytest.mark.django_db
def test_command_makes_missing_renditions_for_live_pages(site_tree, image):
    theme = ThemePageFactory(parent=site_tree["theme_index"])
    FactSheetPageFactory(parent=site_tree["fact_sheet_index"], listing_image=image, themes=[theme])
    delete_renditions(image)
    assert rendition_specs(image) == set()

    out = StringIO()
    call_command("generate_renditions", stdout=out, stderr=StringIO())

    assert set(IMAGE_FORMATS["card"].specs) <= rendition_specs(image)
    assert "0 failures" in out.getvalue()


@pytest.mark.django_db
def test_command_all_images_makes_every_format(image):
    call_command("generate_renditions", "--all-images", stdout=StringIO(), stderr=StringIO())
    every_spec = {spec for image_format in IMAGE_FORMATS.values() for spec in image_format.specs}
    assert every_spec <= rendition_specs(image)


@pytest.mark.django_db
def test_listing_shows_lazy_webp_srcset_with_sizes_and_creates_no_rendition(client, site_tree, image):
    theme = ThemePageFactory(parent=site_tree["theme_index"])
    fact_sheet = FactSheetPageFactory(
        parent=site_tree["fact_sheet_index"], listing_image=image, listing_image_alt="Un tramway", themes=[theme]
    )
    fact_sheet.save_revision().publish()
    before = get_image_model().get_rendition_model().objects.count()

    html = client.get(theme.url).content.decode()

    assert get_image_model().get_rendition_model().objects.count() == before
    card_image = html.split('class="fr-card__img">')[1].split(">")[0]
    assert 'loading="lazy"' in card_image
    assert 'alt="Un tramway"' in card_image
    assert 'width="400" height="225"' in card_image
    assert ".webp 400w" in card_image and ".webp 800w" in card_image
    assert 'sizes="' in card_image


@pytest.mark.django_db
def test_a_missing_original_leaves_the_image_out_instead_of_failing(client, site_tree, image):
    theme = ThemePageFactory(parent=site_tree["theme_index"])
    fact_sheet = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], listing_image=image, themes=[theme])
    image.file.storage.delete(image.file.name)

    response = client.get(fact_sheet.url)

    assert response.status_code == 200
    assert fact_sheet.title in response.content.decode()
