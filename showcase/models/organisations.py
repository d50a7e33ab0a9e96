"""The network's members and the other organisations that fact sheets credit, as pages of a directory.

Organisations are pages, so that a change is a draft until someone publishes it (revisions,
moderation, locking), and so that they are translated with wagtail-localize, have a URL and are
found by the site search.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock
from core.collation import sorted_by_title
from core.fallback import best_versions, translation_ids
from core.models import IndexPage, ListingMixin, optional_image
from core.pagination import paginate
from core.visibility import visible_to_visitors

from .factsheets import FactSheetPage


class OrganisationIndexPage(IndexPage):
    """The members directory: the network's member organisations, by family."""

    subpage_types = ["showcase.OrganisationPage"]

    class Meta:
        verbose_name = _("members directory")
        verbose_name_plural = _("members directories")

    def members(self):
        """Live, public members, each in this page's language or its best fallback, by name."""
        members = visible_to_visitors(OrganisationPage.objects.filter(is_member=True))
        members = best_versions(members, self.locale.language_code).select_related("logo", "locale")
        return sorted_by_title(members, self.locale.language_code)

    def members_by_family(self):
        """``[(family label, [members])]`` in the order of ``OrganisationPage.Family``, empty families left out."""
        grouped = {}
        for member in self.members():
            grouped.setdefault(member.family, []).append(member)
        return [(label, grouped[code]) for code, label in OrganisationPage.Family.choices if code in grouped]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["families"] = self.members_by_family()
        return context


class OrganisationPage(ListingMixin, Page):
    """A member or partner of the network, or another organisation that fact sheets credit as an actor."""

    class Family(models.TextChoices):
        STATE = "state", _("State: ministries, State services and public agencies")
        LOCAL_AUTHORITIES = "local_authorities", _("Local authorities and their networks")
        COMPANIES = "companies", _("Companies and professional federations")
        CLUSTERS = "clusters", _("Competitiveness clusters")
        ASSOCIATIONS = "associations", _("Associations, networks and research")

    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    family = models.CharField(_("family"), max_length=20, choices=Family.choices)
    is_member = models.BooleanField(
        _("member of the network"),
        default=True,
        help_text=_("Members are listed in the directory; other organisations only on the fact sheets that credit them."),
    )
    is_example = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_("Shows a notice that this organisation is fictional, made up for the example fact sheets."),
    )
    website = models.URLField(_("website"), blank=True)
    logo = optional_image(_("logo"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)

    # An acronym is a name: the same in every language unless a translator overrides it.
    override_translatable_fields = [SynchronizedField("acronym")]

    content_panels = (
        Page.content_panels
        + [
            FieldPanel("acronym"),
            MultiFieldPanel(
                [FieldPanel("family"), FieldPanel("is_member"), FieldPanel("is_example")],
                heading=_("Classification"),
            ),
            FieldPanel("website"),
            FieldPanel("logo"),
        ]
        + ListingMixin.listing_panels
        + [FieldPanel("body")]
    )
    search_fields = Page.search_fields + ListingMixin.listing_search_fields + [
        index.SearchField("acronym", boost=3),
        index.AutocompleteField("acronym"),
        index.SearchField("body"),
        index.FilterField("family"),
        index.FilterField("is_member"),
    ]

    parent_page_types = ["showcase.OrganisationIndexPage"]
    subpage_types = []
    facet_values = ()  # found by the site search, filed under no theme or country

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def fact_sheets(self):
        """The live, public fact sheets that credit this organisation, in its language or their best fallback."""
        crediting = FactSheetPage.objects.for_listing().filter(actors__organisation_id__in=translation_ids([self.pk]))
        return best_versions(crediting.distinct(), self.locale.language_code)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = paginate(self.fact_sheets(), request.GET.get("page"))
        return context
