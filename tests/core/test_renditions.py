"""Renditions are made at publish time or by the command, never during a visitor's request."""

from io import StringIO

import pytest
import wagtail_factories
from django.core.cache import cache, caches
from django.core.management import call_command
from django.template import Context, Template
from wagtail.images import get_image_model

from core.images import IMAGE_FORMATS
from tests.factories import FactSheetPageFactory, ThemePageFactory


def delete_renditions(image):
    # Wagtail also keeps renditions in its cache; forget both, as if they had never been made (and the pages
    # rendered with them, kept in the site-wide cache).
    image.renditions.all().delete()
    caches["renditions"].clear()
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


@pytest.mark.django_db
def test_an_image_shown_again_writes_nothing_to_the_shared_cache(image, monkeypatch):
    # Wagtail 8.0 writes back every rendition it reads from its cache: on the shared file cache that was a
    # write, and a listing of the cache folder, per image shown. Renditions have a cache of their own.
    hero = Template('{% load core_tags %}{% responsive_image image "hero" %}')
    hero.render(Context({"image": image}))
    writes = []
    shared = caches["default"]
    for method in ("set", "add", "set_many"):
        monkeypatch.setattr(shared, method, lambda *args, _method=method, **kwargs: writes.append(_method))

    shown_again = hero.render(Context({"image": get_image_model().objects.get(pk=image.pk)}))

    assert 'srcset="/media/images/' in shown_again
    assert writes == []
