from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.models import optional_image


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A member or partner of the network, credited as an actor of fact sheets."""

    class Sector(models.TextChoices):
        PUBLIC = "public", _("Public")
        PRIVATE = "private", _("Private")
        ASSOCIATIVE = "associative", _("Non-profit")

    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Ministry or State service")
        LOCAL_AUTHORITY = "local_authority", _("Local authority")
        AGENCY = "agency", _("Public agency or body")
        COMPANY = "company", _("Company")
        NETWORK = "network", _("Network or federation")
        RESEARCH = "research", _("Research or education")
        ASSOCIATION = "association", _("Association")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    is_member = models.BooleanField(_("member of the network"), default=True)
    website = models.URLField(_("website"), blank=True)
    logo = optional_image(_("logo"))
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        MultiFieldPanel(
            [FieldPanel("sector"), FieldPanel("kind"), FieldPanel("is_member")],
            heading=_("Classification"),
        ),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("acronym", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
        index.FilterField("sector"),
        index.FilterField("kind"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name
