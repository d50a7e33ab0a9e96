from django.core.management.base import BaseCommand
from wagtail.images import get_image_model
from wagtail.models import Page

from core.images import IMAGE_FORMATS, generate_page_renditions, generate_renditions


class Command(BaseCommand):
    help = "Create ahead of time the image renditions that the page templates show."

    def add_arguments(self, parser):
        parser.add_argument(
            "--all-images",
            action="store_true",
            help="Make every format of every image in the library, not only those live pages show.",
        )

    def handle(self, *args, all_images=False, **options):
        count = 0
        failures = 0
        if all_images:
            for image in get_image_model().objects.all():
                for format_name in IMAGE_FORMATS:
                    try:
                        count += generate_renditions(image, format_name)
                    except Exception as error:  # noqa: BLE001 - report and go on with the others
                        failures += 1
                        self.stderr.write(f"Image {image.pk} ({image.title}): {error}")
        else:
            for page in Page.objects.live().specific().iterator():
                try:
                    count += generate_page_renditions(page)
                except Exception as error:  # noqa: BLE001
                    failures += 1
                    self.stderr.write(f"Page {page.pk} ({page.title}): {error}")
        self.stdout.write(f"{count} renditions ready, {failures} failures.")
