"""``manage.py load_demo``: the demo site, in French and translated with wagtail-localize.

Environment: ``DEMO_SITE_HOSTNAME`` (default 127.0.0.1) and ``DEMO_SITE_PORT`` (default 8000) for
the Wagtail site; ``DEMO_PASSWORD`` (default "vivapolis-demo") for the demo accounts, which are
only created when DEBUG is on or with ``--with-accounts``.
"""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.accounts import setup_accounts, setup_groups
from demo.build import DemoBuilder, site_address
from demo.summary import model_counts


class Command(BaseCommand):
    help = "Load the Vivapolis demo content (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-accounts",
            action="store_true",
            help="Create the demo accounts even when DEBUG is off (they always are when DEBUG is on).",
        )
        parser.add_argument("--skip-index", action="store_true", help="Do not run update_index at the end.")

    def handle(self, *args, with_accounts=False, skip_index=False, **options):
        started = time.monotonic()
        site_address()  # Check the environment before building anything.
        with transaction.atomic():
            builder = DemoBuilder()
            builder.build()
            groups = setup_groups()
            accounts = setup_accounts(groups) if (settings.DEBUG or with_accounts) else []
        if not skip_index:
            call_command("update_index", stdout=self.stdout, verbosity=0)

        self.stdout.write(self.style.SUCCESS(f"Demo content ready in {time.monotonic() - started:.1f} s."))
        for label, count in model_counts():
            self.stdout.write(f"  {label:<32} {count}")
        if builder.translator.missing:
            for code, strings in sorted(builder.translator.missing.items()):
                self.stdout.write(self.style.WARNING(f"  {len(strings)} strings kept in French in {code}"))
        if accounts:
            self.stdout.write("Demo accounts (admin at /admin/):")
            for username, role, password in accounts:
                self.stdout.write(f"  {username:<12} {role:<12} password: {password}")
        else:
            self.stdout.write("No demo accounts created (DEBUG is off; pass --with-accounts to create them).")
