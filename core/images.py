"""The image renditions the templates show, defined once for the templates and the pre-generation.

Templates call ``{% responsive_image image "card" %}``; ``generate_renditions`` and the publish
signal create the same renditions ahead of time, so that no visitor waits for one.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ImageFormat:
    specs: tuple  # Wagtail filter specs, smallest first; the first one is the ``src`` fallback.
    sizes: str

    def widths(self):
        return [int(spec.split("-")[1].split("x")[0].split("|")[0]) for spec in self.specs]


IMAGE_FORMATS = {
    # name: (Wagtail filter specs, smallest first; the sizes attribute of the <img>)
    name: ImageFormat(specs=tuple(f"{spec}|format-webp" for spec in specs), sizes=sizes)
    for name, specs, sizes in (
        ("card", ("fill-400x225-c100", "fill-800x450-c100"), "(min-width: 62em) 384px, (min-width: 48em) 50vw, 100vw"),
        ("hero", ("fill-800x450-c100", "fill-1600x900-c100"), "(min-width: 62em) 50vw, 100vw"),
        ("content", ("width-600", "width-1200"), "(min-width: 48em) 792px, 100vw"),
        ("gallery", ("fill-600x400-c100", "fill-1200x800-c100"), "(min-width: 48em) 33vw, 100vw"),
        ("logo", ("max-160x80", "max-320x160"), "160px"),
    )
}


def page_images(page):
    """(image, format name) pairs that a page's own template shows."""
    page = page.specific
    pairs = []
    if getattr(page, "listing_image", None):
        pairs.append((page.listing_image, "card"))
        pairs.append((page.listing_image, "hero"))
    if getattr(page, "hero_image", None):
        pairs.append((page.hero_image, "hero"))
    if hasattr(page, "gallery_images"):
        pairs.extend((item.image, "gallery") for item in page.gallery_images.select_related("image"))
    for field_name in ("body", "cooperation"):
        stream = getattr(page, field_name, None)
        if stream is None:
            continue
        for block in stream:
            if block.block_type == "image" and block.value.get("image"):
                pairs.append((block.value["image"], "content"))
    return pairs


def generate_renditions(image, format_name):
    """Create (or find) every rendition of one format; returns how many were asked for."""
    specs = IMAGE_FORMATS[format_name].specs
    image.get_renditions(*specs)
    return len(specs)


def generate_page_renditions(page):
    count = 0
    for image, format_name in page_images(page):
        count += generate_renditions(image, format_name)
    return count
