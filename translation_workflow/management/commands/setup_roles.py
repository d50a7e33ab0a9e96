"""``manage.py setup_roles``: the editorial groups and the translation review workflow, from translation_workflow/roles.py.

Idempotent. Run it once on a new site after its home page exists, and again after adding a language
or changing a role: each group gets exactly the permissions its role lists.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from translation_workflow.roles import setup_roles


class Command(BaseCommand):
    help = "Create or update the editorial groups (Editors, Moderators, Translators per language) and the translation review workflow."

    def handle(self, *args, **options):
        with transaction.atomic():
            groups = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"{len(groups)} groups set up:"))
        for name, group in groups.items():
            self.stdout.write(f"  {name} (members: {group.user_set.count()})")
