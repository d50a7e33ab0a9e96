"""The media in a private S3-compatible bucket (django-storages), whose images alone are public objects.

Images and their renditions are shown to every visitor: they are fetched from ``MEDIA_PUBLIC_URL`` (the
front proxy's ``/media/``, or the bucket itself). Documents stay private objects: Wagtail's document view
reads them with the storage's credentials after applying the privacy of their collection
(``WAGTAILDOCS_SERVE_METHOD = "serve_view"``), so their bucket address answers 403 to anyone else.
"""

from django.conf import settings
from storages.backends.s3 import S3Storage

# Wagtail's folders of original images and of renditions.
PUBLIC_FOLDERS = ("original_images/", "images/")


class MediaBucketStorage(S3Storage):
    """Configured by the ``MEDIA_BUCKET`` setting (vivapolis/settings/media_storage.py), not by arguments."""

    def get_default_settings(self):
        return {**super().get_default_settings(), **settings.MEDIA_BUCKET}

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if name.startswith(PUBLIC_FOLDERS):
            parameters.setdefault("ACL", "public-read")
        return parameters
