"""Site chrome that editors change without a deploy: the footer's mandatory pages and the network's social links.

The setting is kept once per site and points to French pages; every language shows the
translation of each chosen page in that language (``core.chrome``), so one edit changes the
footer of all six languages.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from .fields import optional_page


@register_setting(icon="list-ul")
class SiteChrome(BaseSiteSetting, ClusterableModel):
    class AccessibilityStatus(models.TextChoices):
        NON_COMPLIANT = "non_compliant", _("Accessibility: non-compliant")
        PARTIALLY_COMPLIANT = "partially_compliant", _("Accessibility: partially compliant")
        FULLY_COMPLIANT = "fully_compliant", _("Accessibility: fully compliant")

    accessibility_page = optional_page(_("accessibility statement"))
    accessibility_status = models.CharField(
        _("accessibility compliance"),
        max_length=30,
        choices=AccessibilityStatus.choices,
        default=AccessibilityStatus.NON_COMPLIANT,
        help_text=_("As stated by the accessibility statement; shown in the footer link."),
    )
    legal_notice_page = optional_page(_("legal notice"))
    personal_data_page = optional_page(_("personal data"))
    site_map_page = optional_page(_("site map"))
    publisher = models.TextField(
        _("publisher"), blank=True, help_text=_("Name and postal address of the body that publishes the site.")
    )
    publication_director = models.CharField(
        _("publication director"), max_length=200, blank=True, help_text=_("Name and position.")
    )
    host = models.TextField(
        _("host"), blank=True, help_text=_("Name, postal address and telephone number of the site's host.")
    )

    panels = [
        MultiFieldPanel(
            [
                PageChooserPanel("accessibility_page"),
                FieldPanel("accessibility_status"),
                PageChooserPanel("legal_notice_page"),
                PageChooserPanel("personal_data_page"),
                PageChooserPanel("site_map_page"),
            ],
            heading=_("Mandatory pages"),
            help_text=_("Choose the French pages: each language shows their translations."),
        ),
        MultiFieldPanel(
            [FieldPanel("publisher"), FieldPanel("publication_director"), FieldPanel("host")],
            heading=_("Legal notice"),
            help_text=_("Shown by the “Publisher and host” block of the legal notice page."),
        ),
        InlinePanel("social_links", heading=_("Social networks"), label=_("Social network")),
    ]

    class Meta:
        verbose_name = _("header and footer")
        verbose_name_plural = _("headers and footers")

    # Footer links in the order they are shown, with the label each one carries.
    FOOTER_LINKS = (
        ("site_map_page", _("Site map")),
        ("accessibility_page", None),
        ("legal_notice_page", _("Legal notice")),
        ("personal_data_page", _("Personal data")),
    )

    def footer_link_labels(self):
        """``{field name: label}``; the accessibility link says the site's compliance status."""
        return {
            field: label if label is not None else self.get_accessibility_status_display()
            for field, label in self.FOOTER_LINKS
        }


class SocialLink(Orderable):
    chrome = ParentalKey(SiteChrome, on_delete=models.CASCADE, related_name="social_links")
    network = models.CharField(_("network"), max_length=60, help_text=_("As visitors know it, for example LinkedIn."))
    url = models.URLField(_("address"))

    panels = [FieldPanel("network"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social network")
        verbose_name_plural = _("social networks")

    def __str__(self):
        return self.network
