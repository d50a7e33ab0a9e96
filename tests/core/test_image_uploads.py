"""Photographers' originals: up to 40 MB accepted, resized on upload, turned the right way up;
damaged files refused with a message."""

import os
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.images import get_image_model

ORIENTATION = 0x0112
TURN_90_CLOCKWISE = 6  # EXIF: the camera was held upright, the sensor stored the picture lying down


def photo(width, height, image_format="JPEG", orientation=None):
    """A picture whose left half is red and right half blue, as the sensor stored it."""
    picture = PILImage.new("RGB", (width, height), "red")
    picture.paste("blue", (width // 2, 0, width, height))
    exif = PILImage.Exif()
    exif[0x010F] = "Vivapolis camera"  # the maker: kept in the resized original
    if orientation:
        exif[ORIENTATION] = orientation
    output = BytesIO()
    picture.save(output, image_format, exif=exif.tobytes())
    return output.getvalue()


def upload(client, content, name="photo.jpg"):
    return client.post(reverse("wagtailimages:add"), {"title": "Photo", "file": SimpleUploadedFile(name, content)})


def stored(image):
    with image.open_file() as opened:
        return PILImage.open(BytesIO(opened.read()))


def test_a_large_original_is_resized_on_upload_and_turned_the_right_way_up(english_admin):
    response = upload(english_admin, photo(4800, 3600, orientation=TURN_90_CLOCKWISE))

    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (2400, 3200)  # portrait, as the photographer held the camera
    saved = stored(image)
    assert saved.size == (2400, 3200) and saved.format == "JPEG"
    assert saved.getexif().get(ORIENTATION) in (None, 1)
    assert saved.getexif().get(0x010F) == "Vivapolis camera"
    top, bottom = saved.getpixel((1200, 100)), saved.getpixel((1200, 3100))
    assert top[0] > 200 > top[2] and bottom[2] > 200 > bottom[0]  # the red half is now on top
    assert image.file_size == image.file.size < 4800 * 3600


def test_a_photo_within_the_limit_is_kept_as_uploaded(english_admin):
    content = photo(1600, 1200)

    upload(english_admin, content)

    image = get_image_model().objects.get()
    with image.open_file() as opened:
        assert opened.read() == content


def test_an_original_over_10_mb_is_accepted(english_admin):
    noise = PILImage.frombytes("RGB", (2000, 2000), os.urandom(2000 * 2000 * 3))
    output = BytesIO()
    noise.save(output, "PNG")
    assert output.tell() > 11 * 1024 * 1024

    response = upload(english_admin, output.getvalue(), name="noise.png")

    assert response.status_code == 302
    assert get_image_model().objects.get().width == 2000


def test_the_upload_form_says_40_mb(english_admin):
    assert "Maximum filesize: 40.0" in english_admin.get(reverse("wagtailimages:add")).content.decode()


@pytest.mark.parametrize("weasyprint_loaded", [False, True])
@pytest.mark.parametrize("damage", ["truncated", "not an image"])
def test_a_damaged_file_is_refused_with_a_message(english_admin, monkeypatch, damage, weasyprint_loaded):
    # Once a PDF has been made, WeasyPrint has told Pillow to accept truncated images, process-wide.
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", weasyprint_loaded)
    content = photo(4000, 3000)
    content = content[: len(content) // 2] if damage == "truncated" else b"not a picture at all" * 100

    response = upload(english_admin, content)

    assert response.status_code == 200
    html = response.content.decode()
    expected = "This image is damaged and cannot be read" if damage == "truncated" else "Upload a valid image"
    assert expected in html
    assert not get_image_model().objects.exists()


def test_an_image_over_the_pixel_limit_is_refused_with_a_message(english_admin):
    bomb = BytesIO()
    PILImage.new("1", (9500, 9000)).save(bomb, "PNG")  # 85 megapixels in a few kilobytes

    response = upload(english_admin, bomb.getvalue(), name="bomb.png")

    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not get_image_model().objects.exists()
