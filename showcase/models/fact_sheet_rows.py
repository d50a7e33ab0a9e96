"""The inline rows of a fact sheet: its themes, countries, actors, key figures, gallery and documents.

Each row is translated with its page (``TranslatableOrderable``); links to pages are re-linked to
the translation in the target language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail_localize.fields import TranslatableField

from core.models import TranslatableOrderable, page_type_choice


def fact_sheet_key(related_name):
    """The key that makes a row part of its fact sheet (saved, translated and published with it)."""
    return ParentalKey("showcase.FactSheetPage", on_delete=models.CASCADE, related_name=related_name)


def row_meta(verbose_name, verbose_name_plural):
    return type("Meta", (TranslatableOrderable.Meta,), {"verbose_name": verbose_name, "verbose_name_plural": verbose_name_plural})


def page_link(page_type, verbose_name):
    """A required link from a row to a page of one type ("themes.ThemePage").

    The link points to the base ``Page`` so that wagtail-localize re-links it to the linked
    page's translation (declare it ``TranslatableField``); the chooser and the form stay typed.
    """
    app_label, model_name = page_type.split(".")
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=page_type_choice(app_label, model_name.lower()),
    )


def page_link_row(class_name, field_name, related_name, page_type, verbose_name):
    """An inline row that files a fact sheet under a page of another app (a theme, a country)."""
    meta = type(
        "Meta",
        (TranslatableOrderable.Meta,),
        {"verbose_name": verbose_name, "unique_together": [("translation_key", "locale"), ("page", field_name)]},
    )
    return type(
        class_name,
        (TranslatableOrderable,),
        {
            "__module__": __name__,
            "page": fact_sheet_key(related_name),
            field_name: page_link(page_type, verbose_name),
            "panels": [PageChooserPanel(field_name, page_type=page_type)],
            "override_translatable_fields": [TranslatableField(field_name)],
            "Meta": meta,
        },
    )


FactSheetTheme = page_link_row("FactSheetTheme", "theme", "theme_links", "themes.ThemePage", _("theme"))
FactSheetCountry = page_link_row("FactSheetCountry", "country", "country_links", "countries.CountryPage", _("country"))


class FactSheetActor(TranslatableOrderable):
    """An organisation credited on a fact sheet, with its role; a translation credits the organisation's translation."""

    page = fact_sheet_key("actors")
    organisation = page_link("showcase.OrganisationPage", _("organisation"))
    role = models.CharField(_("role"), max_length=120, help_text=_("For example: project owner, designer, operator."))

    panels = [PageChooserPanel("organisation", page_type="showcase.OrganisationPage"), FieldPanel("role")]
    override_translatable_fields = [TranslatableField("organisation")]

    Meta = row_meta(_("actor"), _("actors"))


class FactSheetKeyFigure(TranslatableOrderable):
    page = fact_sheet_key("key_figures")
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    label = models.CharField(_("label"), max_length=150)

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]), FieldPanel("label")]

    Meta = row_meta(_("key figure"), _("key figures"))


class FactSheetGalleryImage(TranslatableOrderable):
    page = fact_sheet_key("gallery_images")
    image = models.ForeignKey("wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+")
    alt_text = models.CharField(_("alternative text"), max_length=250, blank=True)
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    Meta = row_meta(_("gallery image"), _("gallery images"))


class FactSheetDocument(TranslatableOrderable):
    page = fact_sheet_key("documents")
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    Meta = row_meta(_("document"), _("documents"))
