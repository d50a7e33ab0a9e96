"""Deletes the contact messages older than ``CONTACT_RETENTION_DAYS``; the background worker runs it every hour."""

from django.core.management.base import BaseCommand

from contact.models import ContactMessage


class Command(BaseCommand):
    help = "Delete the contact messages kept longer than CONTACT_RETENTION_DAYS."

    def handle(self, *args, **options):
        deleted, _by_model = ContactMessage.objects.past_retention().delete()
        self.stdout.write(f"{deleted} contact message(s) deleted.")
