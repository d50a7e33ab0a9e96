"""Demo pictures and documents, drawn at run time so that nothing is downloaded.

Each picture is a gradient in the colours of a theme with a few simple shapes (sun, hills,
buildings, trees) placed from a seed, so that every fact sheet gets its own picture. Pictures
and documents are found again by title, which makes the build idempotent.
"""

import random
import textwrap
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

WIDTH, HEIGHT = 1200, 675


def _blend(start, end, ratio):
    return tuple(round(a + (b - a) * ratio) for a, b in zip(start, end, strict=True))


def draw_picture(top, bottom, seed):
    """A 16:9 landscape: a vertical gradient from ``top`` to ``bottom`` and a skyline."""
    rng = random.Random(seed)
    gradient = PILImage.linear_gradient("L").resize((WIDTH, HEIGHT))
    picture = PILImage.composite(PILImage.new("RGB", (WIDTH, HEIGHT), bottom), PILImage.new("RGB", (WIDTH, HEIGHT), top), gradient)
    draw = ImageDraw.Draw(picture)

    sun_x, sun_y, radius = rng.randint(150, 1050), rng.randint(90, 220), rng.randint(45, 80)
    draw.ellipse((sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius), fill=_blend(top, (255, 255, 235), 0.75))

    hill_colour = _blend(bottom, (20, 60, 40), 0.45)
    for _ in range(3):
        centre, width = rng.randint(0, WIDTH), rng.randint(400, 900)
        draw.ellipse((centre - width, HEIGHT - 220, centre + width, HEIGHT + 300), fill=hill_colour)

    building_colour = _blend(bottom, (30, 30, 60), 0.6)
    x = rng.randint(-40, 40)
    while x < WIDTH:
        width, height = rng.randint(50, 110), rng.randint(120, 340)
        draw.rectangle((x, HEIGHT - 80 - height, x + width, HEIGHT), fill=building_colour)
        for window_y in range(HEIGHT - 60 - height, HEIGHT - 100, 36):
            draw.rectangle((x + 12, window_y, x + 24, window_y + 14), fill=_blend(building_colour, (255, 240, 180), 0.6))
        x += width + rng.randint(20, 140)

    tree_colour = _blend(bottom, (30, 120, 60), 0.7)
    for _ in range(rng.randint(4, 9)):
        tree_x = rng.randint(0, WIDTH)
        draw.rectangle((tree_x - 4, HEIGHT - 70, tree_x + 4, HEIGHT - 20), fill=(90, 60, 40))
        draw.ellipse((tree_x - 30, HEIGHT - 130, tree_x + 30, HEIGHT - 60), fill=tree_colour)

    output = BytesIO()
    picture.save(output, format="JPEG", quality=82, optimize=True)
    return output.getvalue()


def get_or_create_picture(title, top, bottom, seed, collection=None):
    """The Wagtail image called ``title``, drawn and saved the first time only."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image:
        return image
    filename = f"{seed}.jpg"
    image = image_model(title=title, file=ImageFile(BytesIO(draw_picture(top, bottom, seed)), name=filename))
    if collection is not None:
        image.collection = collection
    image.save()
    return image


def _pdf_text(text):
    """PDF string literal in WinAnsi encoding (enough for French text)."""
    data = text.encode("cp1252", errors="replace").decode("latin-1")
    return "(" + data.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def build_pdf(title, paragraphs):
    """A one-page A4 PDF with a title and a few paragraphs of Helvetica text, wrapped to the page."""
    commands = ["BT", "/F1 16 Tf", "60 780 Td"]
    for line in textwrap.wrap(title, 55):
        commands += [f"{_pdf_text(line)} Tj", "0 -22 Td"]
    commands += ["/F1 11 Tf", "0 -12 Td"]
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 85) or [""]:
            commands += [f"{_pdf_text(line)} Tj", "0 -16 Td"]
        commands.append("0 -6 Td")
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_text(title).encode("latin-1") + b" >>",
    ]
    output = BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = output.tell()
    output.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        output.write(f"{offset:010d} 00000 n \n".encode())
    output.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return output.getvalue()


def get_or_create_pdf(title, filename, paragraphs, collection=None):
    """The Wagtail document called ``title``, generated and saved the first time only."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document:
        return document
    document = document_model(title=title, file=ContentFile(build_pdf(title, paragraphs), name=filename))
    if collection is not None:
        document.collection = collection
    document.save()
    return document
