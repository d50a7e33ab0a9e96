"""With the media in an S3-compatible bucket, images are shown to visitors from it and documents stay private."""

import re
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import FactSheetPageFactory
from tests.operations.object_store import anonymous_get, media_bucket, object_store  # noqa: F401  (fixtures)
from vivapolis.settings import media_storage as storage_settings

# Nothing here depends on the database: CI runs it on SQLite only.
pytestmark = [pytest.mark.object_store, pytest.mark.slow, pytest.mark.database_independent, pytest.mark.django_db]


def png(width, height):
    buffer = BytesIO()
    Image.new("RGB", (width, height), (20, 110, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, title):
    answer = client.post(
        reverse("wagtailimages:add"),
        {"title": title, "file": SimpleUploadedFile("tramway.png", png(1600, 1000), "image/png")},
    )
    assert answer.status_code == 302, answer.content.decode()[:2000]
    return get_image_model().objects.get(title=title)


def image_addresses(html):
    return set(re.findall(r'(?:src|srcset)="([^" ]+)', html))


@pytest.fixture
def private_document(media_bucket):  # noqa: F811
    members = Collection.get_first_root_node().add_child(name="Membres")
    CollectionViewRestriction.objects.create(collection=members, restriction_type=CollectionViewRestriction.LOGIN)
    document = get_document_model()(title="Compte rendu interne", collection=members)
    document.file.save("compte-rendu-interne.txt", ContentFile(b"Diffusion restreinte."), save=True)
    return document


def test_an_image_uploaded_in_the_admin_is_shown_to_visitors_from_the_bucket(admin_client, client, site_tree, media_bucket):  # noqa: F811
    image = upload_image(admin_client, "Tramway à quai")
    page = FactSheetPageFactory(parent=site_tree["fact_sheet_index"], listing_image=image, listing_image_alt="Un tramway")
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    shown = sorted(url for url in image_addresses(html) if url.startswith(media_bucket.public_url))
    assert shown, "the page shows no image from the bucket"
    key = shown[0].removeprefix(media_bucket.public_url)
    assert key.startswith("images/") and key in media_bucket.keys()
    status, body = anonymous_get(shown[0])
    assert status == 200
    assert body == media_bucket.read(key)
    assert Image.open(BytesIO(body)).size in {(800, 450), (1600, 900)}
    assert image.file.name in media_bucket.keys()


def test_a_private_document_is_served_to_signed_in_users_only(admin_client, client, private_document, media_bucket):  # noqa: F811
    anonymous = client.get(private_document.url)
    signed_in = admin_client.get(private_document.url)

    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert signed_in.status_code == 200
    assert b"".join(signed_in.streaming_content) == b"Diffusion restreinte."
    assert private_document.file.name in media_bucket.keys()
    status, body = anonymous_get(private_document.file.url)
    assert status == 403 and b"Diffusion" not in body


def test_the_bucket_of_the_s3proxy_script_lists_nothing_to_visitors(object_store):  # noqa: F811
    bucket = storage_settings.parse_bucket_url(object_store.url)

    status, body = anonymous_get(f"{bucket.endpoint_url}/{bucket.name}/")

    assert status == 403
    assert b"ListBucketResult" not in body


def test_deleting_an_image_in_the_admin_removes_its_files_from_the_bucket(
    admin_client, media_bucket, django_capture_on_commit_callbacks  # noqa: F811
):
    image = upload_image(admin_client, "Téléphérique")
    image.get_rendition("fill-400x225-c100|format-webp")
    assert len(media_bucket.keys()) == 2

    with django_capture_on_commit_callbacks(execute=True):
        answer = admin_client.post(reverse("wagtailimages:delete", args=[image.pk]))

    assert answer.status_code == 302
    assert not get_image_model().objects.filter(pk=image.pk).exists()
    assert media_bucket.keys() == []
