from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContactMessageQuerySet(models.QuerySet):
    def past_retention(self, now=None):
        """Messages older than ``CONTACT_RETENTION_DAYS``, which ``purge_contact_messages`` deletes."""
        limit = (now or timezone.now()) - timezone.timedelta(days=settings.CONTACT_RETENTION_DAYS)
        return self.filter(created_at__lt=limit)


class ContactMessage(models.Model):
    """A visitor's message to the contact of a fact sheet, kept for ``CONTACT_RETENTION_DAYS`` days."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    message = models.TextField(_("message"), max_length=5000)
    sent_to = models.EmailField(_("sent to"))
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} — {self.page.title}"
