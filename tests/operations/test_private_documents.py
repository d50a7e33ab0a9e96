"""A document in a private collection is never served to visitors by its file's address, even where the
site serves its media itself (SERVE_MEDIA): only Wagtail's document view, which asks for a login."""

import importlib

import pytest
from django.core.files.base import ContentFile
from django.urls import clear_url_caches
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_served(settings):
    """The URLs of a deployment with SERVE_MEDIA=true (read when the URL configuration is imported)."""
    settings.SERVE_MEDIA = True
    urls = importlib.import_module(settings.ROOT_URLCONF)
    importlib.reload(urls)
    clear_url_caches()
    yield
    settings.SERVE_MEDIA = False
    importlib.reload(urls)
    clear_url_caches()


@pytest.fixture
def private_document():
    members = Collection.get_first_root_node().add_child(name="Membres")
    CollectionViewRestriction.objects.create(collection=members, restriction_type=CollectionViewRestriction.LOGIN)
    document = get_document_model()(title="Compte rendu interne", collection=members)
    document.file.save("compte-rendu-interne.txt", ContentFile(b"Diffusion restreinte."), save=True)
    return document


def test_the_file_address_of_a_private_document_is_not_served(client, media_served, private_document):
    by_file = client.get(f"/media/{private_document.file.name}")
    by_view = client.get(private_document.url)

    assert by_file.status_code == 404
    assert by_view.status_code == 302 and "/login/" in by_view["Location"]


def test_images_are_still_served_by_their_file_address(client, media_served, settings, tmp_path):
    (settings.MEDIA_ROOT / "original_images").mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_ROOT / "original_images" / "served-probe.txt").write_bytes(b"ok")

    assert client.get("/media/original_images/served-probe.txt").status_code == 200


def test_documents_link_to_wagtails_view(private_document):
    assert private_document.url.startswith("/documents/")
