from django.core.management.base import BaseCommand

from search.query_log_flush import flush_counted_searches


class Command(BaseCommand):
    help = "Write the searches counted in the shared cache to the query log (run every minute by the worker)."

    def handle(self, *args, **options):
        written = flush_counted_searches()
        self.stdout.write(f"{written} searches written to the query log.")
