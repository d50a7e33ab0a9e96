"""The showcase part of the demo build: example fact sheets and the featured ones."""

from decimal import Decimal

from home.models import HomeFeaturedFactSheet
from showcase.models import (
    FactSheetActor,
    FactSheetCountry,
    FactSheetDocument,
    FactSheetGalleryImage,
    FactSheetKeyFigure,
    FactSheetTheme,
)

from .builders import stream
from .images import get_or_create_pdf


class FactSheetBuilder:
    """Mixed into ``DemoBuilder``: needs its ``content``, ``built``, ``home``, ``collection`` and ``picture``."""

    def fact_sheet_fields(self, data):
        """Every field of a fact sheet but its title."""
        return {**self.fact_sheet_text_fields(data), **self.fact_sheet_rows(data), **self.fact_sheet_media(data)}

    def fact_sheet_text_fields(self, data):
        texts, countries = self.content.sheet_texts, self.built["country"]
        return {
            "summary": data["summary"],
            "is_example": True,
            "city": data["city"],
            "region": data["region"],
            "place_country": countries[data["place_country"]] if data.get("place_country") else None,
            "latitude": Decimal(str(data["latitude"])),
            "longitude": Decimal(str(data["longitude"])),
            "year_start": data["year_start"],
            "year_end": data["year_end"],
            "status": data["status"],
            "programme": self.built["programme"].get(data.get("programme")),
            "body": stream(
                [
                    ("h2", texts["heading_context"]),
                    ("p", data["context"]),
                    ("h2", texts["heading_solution"]),
                    ("p", data["solution"]),
                    ("quote", data["quote"], self.content.witnesses[data["quote_by"]]),
                    ("h2", texts["heading_results"]),
                    ("p", data["results"]),
                ]
            ),
            # Example sheets have no real project team: the network's secretariat answers.
            "contact_name": texts["contact_name"],
            "contact_organisation": texts["contact_organisation"],
            "contact_email": texts["contact_email"],
        }

    def fact_sheet_rows(self, data):
        """The sheet's themes, countries, key figures and actors (orderables)."""
        built, roles = self.built, self.content.roles
        return {
            "theme_links": [FactSheetTheme(theme=built["theme"][slug], sort_order=i) for i, slug in enumerate(data["themes"])],
            "country_links": [
                FactSheetCountry(country=built["country"][slug], sort_order=i) for i, slug in enumerate(data["countries"])
            ],
            "key_figures": [
                FactSheetKeyFigure(value=Decimal(str(figure["value"])), unit=figure["unit"], label=figure["label"], sort_order=i)
                for i, figure in enumerate(data["figures"])
            ],
            "actors": [
                FactSheetActor(organisation=built["organisation"][actor["organisation"]], role=roles[actor["role"]], sort_order=i)
                for i, actor in enumerate(data["actors"])
            ],
        }

    def fact_sheet_media(self, data):
        """The sheet's generated picture (listing and gallery), and its video and PDF when it has them."""
        texts = self.content.sheet_texts
        title = texts["picture_title"].format(title=data["title"])
        theme_colours = {theme["slug"]: theme["colours"] for theme in self.content.themes}
        image = self.picture(title, theme_colours[data["themes"][0]], data["slug"])
        media = {
            "listing_image": image,
            "gallery_images": [FactSheetGalleryImage(image=image, alt_text=texts["gallery_alt"], caption=texts["gallery_caption"])],
        }
        if data.get("video"):
            media.update(video_url=texts["video_url"], video_title=texts["video_title"], video_transcript=texts["video_transcript"])
        if data.get("document"):
            paragraphs = [data["summary"], data["context"], data["solution"], data["results"], texts["document_note"]]
            document = get_or_create_pdf(title, f"{data['slug']}.pdf", paragraphs, collection=self.collection)
            media["documents"] = [FactSheetDocument(document=document, title=texts["document_title"])]
        return media

    def feature_fact_sheets(self):
        if self.home.featured_fact_sheets.exists():
            return
        featured = [data["slug"] for data in self.content.fact_sheets if data.get("featured")]
        self.home.featured_fact_sheets = [
            HomeFeaturedFactSheet(fact_sheet=self.built["fact_sheet"][slug], sort_order=i, locale=self.home.locale)
            for i, slug in enumerate(featured)
        ]
        self.home.save()
        self.home.save_revision().publish(skip_permission_checks=True)
