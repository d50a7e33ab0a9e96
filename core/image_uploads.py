"""Photographers' originals: accepted up to ``WAGTAILIMAGES_MAX_UPLOAD_SIZE`` (40 MB), made smaller on upload.

Wagtail's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``, used by the single and the multiple
uploader and by the image chooser) checks the format and the size; this form's file field then
decodes the photo, which refuses a damaged file with a message instead of a server error, and
re-encodes one longer than ``VIVAPOLIS_MAX_ORIGINAL_SIDE`` pixels at that length, turned the way
its EXIF orientation says (the camera's other EXIF data and colour profile are kept). Smaller
photos are kept byte for byte; vector and animated formats are not touched.
"""

import threading
from contextlib import contextmanager
from io import BytesIO

import willow
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

_PILLOW_SETTING = threading.Lock()
DECODED_FORMATS = {"jpeg", "png", "webp", "avif", "heic"}
DAMAGED = _(
    "This image is damaged and cannot be read (%(error)s). Export it again from your photo software and upload the new file."
)


@contextmanager
def truncated_images_refused():
    """Pillow refusing truncated files while an upload is decoded: WeasyPrint tells it to accept them,
    process-wide, once a PDF has been made. (Another thread decoding meanwhile would refuse them too.)"""
    with _PILLOW_SETTING:
        accepted = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = accepted


def decoded(uploaded):
    """The photo, decoded whole and turned the way its EXIF orientation says; ``ValidationError``
    when the file is truncated or corrupt."""
    uploaded.seek(0)
    try:
        with truncated_images_refused():
            return willow.Image.open(uploaded).auto_orient()  # decodes every pixel
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombError) as error:
        raise ValidationError(DAMAGED % {"error": error}, code="damaged_image") from error
    finally:
        uploaded.seek(0)


def resized(photo, image_format, longest_side):
    """``photo`` re-encoded in its format with its long side at ``longest_side`` pixels."""
    width, height = photo.get_size()
    ratio = longest_side / max(width, height)
    smaller = photo.resize((max(1, round(width * ratio)), max(1, round(height * ratio))))
    output = BytesIO()
    smaller.save(image_format, output)
    return output.getvalue()


def checked_original(uploaded):
    """The uploaded file, or a smaller copy of it; ``ValidationError`` when it cannot be decoded."""
    image_format = uploaded.image.format_name
    if image_format not in DECODED_FORMATS or uploaded.image.get_frame_count() > 1:
        return uploaded
    photo = decoded(uploaded)
    longest_side = settings.VIVAPOLIS_MAX_ORIGINAL_SIDE
    if max(photo.get_size()) <= longest_side:
        return uploaded
    content = resized(photo, image_format, longest_side)
    return SimpleUploadedFile(uploaded.name, content, content_type=uploaded.content_type)


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, refusing a damaged file with a message (Wagtail lets Pillow's error
    through), then making a large original smaller (``checked_original``)."""

    def to_python(self, data):
        try:
            uploaded = super().to_python(data)
        except (OSError, SyntaxError, PILImage.DecompressionBombError) as error:
            raise ValidationError(DAMAGED % {"error": error}, code="damaged_image") from error
        return None if uploaded is None else checked_original(uploaded)


class ResizingImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            wagtails = self.fields["file"]
            self.fields["file"] = CheckedImageField(label=wagtails.label, required=wagtails.required, widget=wagtails.widget)
