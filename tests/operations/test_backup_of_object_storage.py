"""`backup` reads the media from the bucket and `restore` writes them into another, images public, documents private."""

import tarfile
from io import StringIO

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model

from tests.factories import FactSheetPageFactory
from tests.factories.sites import build_site
from tests.operations.object_store import anonymous_get, media_bucket, object_store  # noqa: F401  (fixtures)
from tests.operations.object_store import Bucket
from tests.operations.scripts import run_json_script
from tests.operations.test_backup_and_restore import restored_database_url
from vivapolis.settings import media_storage as storage_settings

pytestmark = [pytest.mark.object_store, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_with_media(media_bucket):  # noqa: F811
    site = build_site()
    image = wagtail_factories.ImageFactory(title="Tramway", file__width=1600, file__height=1000)
    page = FactSheetPageFactory(parent=site["fact_sheet_index"], listing_image=image, listing_image_alt="Un tramway")
    page.save_revision().publish()  # makes the renditions the page shows
    document = get_document_model()(title="Compte rendu")
    document.file.save("compte-rendu.txt", ContentFile(b"Compte rendu du conseil."), save=True)
    return {"image": image, "page": page, "document": document}


@pytest.fixture
def second_bucket(object_store):  # noqa: F811
    bucket = Bucket("restored-media", object_store.client(), "")
    bucket.client.create_bucket(Bucket=bucket.name)
    yield bucket
    for key in bucket.keys():
        bucket.client.delete_object(Bucket=bucket.name, Key=key)
    bucket.client.delete_bucket(Bucket=bucket.name)


def test_a_backup_of_media_in_a_bucket_restores_into_another_bucket(
    site_with_media, media_bucket, second_bucket, object_store, tmp_path  # noqa: F811
):
    archive = tmp_path / "backup.tar.gz"
    output = StringIO()
    call_command("backup", output=str(archive), stdout=output)
    with tarfile.open(archive) as opened:
        archived = sorted(name.removeprefix("media/") for name in opened.getnames() if name.startswith("media/"))

    restored_site = run_json_script(
        "tests.operations.crawl", "restore", archive, tmp_path / "unused-media-root",
        database_url=restored_database_url(tmp_path), MEDIA_STORAGE_URL=object_store.storage_url(second_bucket.name),
    )

    original = media_bucket.keys()
    assert len(original) > 3 and archived == original
    assert f"with {len(original)} media files" in output.getvalue()
    assert second_bucket.keys() == original
    assert all(second_bucket.read(key) == media_bucket.read(key) for key in original)
    restored_url = f"{storage_settings.parse_bucket_url(object_store.url).endpoint_url}/{second_bucket.name}/"
    status, content = restored_site[site_with_media["page"].url]
    assert status == 200 and f'src="{restored_url}images/' in content
    assert anonymous_get(restored_url + site_with_media["image"].file.name)[0] == 200
    assert anonymous_get(restored_url + site_with_media["document"].file.name)[0] == 403
