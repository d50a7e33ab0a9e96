"""MEDIA_STORAGE_URL and MEDIA_PUBLIC_URL: a bad value stops the start with a message saying what is wrong."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from vivapolis.settings.media_storage import media_bucket, media_origins, media_storage

pytestmark = pytest.mark.database_independent

SECRET = "s3cr3t-value"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        (f"http://key:{SECRET}@127.0.0.1:8081/media", "the scheme is 'http', not 's3'"),
        ("s3://127.0.0.1:8081/media", "the access key and the secret are missing"),
        (f"s3://key:{SECRET}@127.0.0.1:port/media", "the port is not a number"),
        (f"s3://key:{SECRET}@127.0.0.1:8081/", "it needs a host and one bucket name"),
        (f"s3://key:{SECRET}@127.0.0.1:8081/media/images", "it needs a host and one bucket name"),
        (f"s3://key:{SECRET}@127.0.0.1:8081/media?secure=maybe", "secure is true or false"),
        (f"s3://key:{SECRET}@127.0.0.1:8081/media?region=eu", "unknown option region"),
    ],
)
def test_a_bad_storage_url_is_refused_without_showing_its_secret(url, problem):
    with pytest.raises(ImproperlyConfigured) as refused:
        media_bucket(url)

    assert str(refused.value).startswith("MEDIA_STORAGE_URL should read s3://ACCESS_KEY:SECRET@HOST:PORT/BUCKET")
    assert problem in str(refused.value)
    assert SECRET not in str(refused.value)


def test_a_public_url_that_is_not_an_address_is_refused():
    with pytest.raises(ImproperlyConfigured, match="MEDIA_PUBLIC_URL should read"):
        media_bucket("s3://key:secret@127.0.0.1:8081/media", "127.0.0.1:8080/media/")


def test_without_a_storage_url_the_media_stay_on_disk():
    assert media_bucket("") is None
    assert media_storage(None)["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert media_origins("") == []


def test_a_storage_url_names_the_bucket_and_where_visitors_fetch_images():
    bucket = media_bucket("s3://key:se%2Fcret@127.0.0.1:8081/media?secure=true", "http://127.0.0.1:8080/media")

    assert (bucket["endpoint_url"], bucket["bucket_name"], bucket["secret_key"]) == ("https://127.0.0.1:8081", "media", "se/cret")
    assert (bucket["url_protocol"], bucket["custom_domain"]) == ("http:", "127.0.0.1:8080/media")
    assert media_origins("s3://key:secret@127.0.0.1:8081/media") == ["http://127.0.0.1:8081"]
    assert media_storage(bucket)["BACKEND"] == "operations.object_storage.MediaBucketStorage"
