"""Field declarations that several models share."""

from django.db import models


def page_type_choice(app_label, model_name):
    """Limit a foreign key to ``wagtailcore.Page`` to one page type.

    Page links point to the base ``Page`` model because wagtail-localize re-links them to the
    target locale's translation as a base ``Page``; the limit keeps choosers and forms typed.
    """
    return {"content_type__app_label": app_label, "content_type__model": model_name}


def _optional_link(to, verbose_name, help_text, **options):
    return models.ForeignKey(
        to,
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
        **options,
    )


def optional_image(verbose_name, help_text=""):
    """An optional image from the library; deleting the image empties the field."""
    return _optional_link("wagtailimages.Image", verbose_name, help_text)


def optional_page(verbose_name, page_type=None, help_text=""):
    """An optional link to a page, of one type when ``page_type`` ("countries.CountryPage") is given."""
    options = {"limit_choices_to": page_type_choice(*page_type.lower().split("."))} if page_type else {}
    return _optional_link("wagtailcore.Page", verbose_name, help_text, **options)
