"""``manage.py load_demo``: the demo site, in French and translated with wagtail-localize.

The French content comes from ``demo/data/*.toml``, the translations from the demo catalogues
``demo/catalogues/<language>/LC_MESSAGES/demo.po`` (see ``demo/localize.py``). Environment:
``DEMO_SITE_HOSTNAME`` (default 127.0.0.1) and ``DEMO_SITE_PORT`` (default 8000) for the Wagtail
site; ``DEMO_PASSWORD`` (default "vivapolis-demo") for the demo accounts, which are only created
when DEBUG is on or with ``--with-accounts``. The images' renditions are made once afterwards by
``generate_renditions`` (``make run`` and ``make demo`` run it), not at each publish of the build.
"""

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from demo.accounts import setup_accounts, setup_groups
from demo.build import DemoBuilder
from demo.catalogues import catalogue_path, load_catalogues, target_languages
from demo.content import load_content
from demo.site import refresh_statistics, site_address
from demo.summary import model_counts

MISSING_SHOWN = 10  # French texts listed per language after the count, unless -v 2


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
        # Check the environment, the data and the catalogues before building anything.
        site_address()
        content = load_content()
        catalogues = load_catalogues(target_languages())
        with transaction.atomic():
            builder = DemoBuilder(content, catalogues)
            builder.build()
            groups = setup_groups()
            accounts = setup_accounts(groups) if (settings.DEBUG or with_accounts) else []
        refresh_statistics()
        if not skip_index:
            call_command("update_index", stdout=self.stdout, verbosity=0)

        self.stdout.write(self.style.SUCCESS(f"Demo content ready in {time.monotonic() - started:.1f} s."))
        for label, count in model_counts():
            self.stdout.write(f"  {label:<32} {count}")
        self.report_missing(builder.translator.missing, shown=None if options["verbosity"] > 1 else MISSING_SHOWN)
        self.report_accounts(accounts)

    def report_missing(self, missing, shown):
        """The French texts kept untranslated because their catalogue entry is missing, empty or fuzzy."""
        for code, texts in missing.items():
            if not texts:
                continue
            count = f"{len(texts)} text" if len(texts) == 1 else f"{len(texts)} texts"
            self.stdout.write(
                self.style.WARNING(f"  {count} kept in French in {code}: missing, empty or fuzzy in {catalogue_path(code)}")
            )
            for text in list(texts)[:shown]:
                self.stdout.write(f"    “{text}”")
            if shown is not None and len(texts) > shown:
                self.stdout.write(f"    ... and {len(texts) - shown} more (-v 2 lists them all).")

    def report_accounts(self, accounts):
        if accounts:
            self.stdout.write("Demo accounts (admin at /admin/):")
            for username, role, password in accounts:
                self.stdout.write(f"  {username:<12} {role:<12} password: {password}")
        else:
            self.stdout.write("No demo accounts created (DEBUG is off; pass --with-accounts to create them).")
