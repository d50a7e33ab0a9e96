from django.conf import settings
from django.core.management.base import BaseCommand

from search.models import SearchTerm
from search.query_log import retention_limit


class Command(BaseCommand):
    help = "Forget the search terms nobody has searched for in VIVAPOLIS_QUERY_LOG_RETENTION_DAYS days."

    def handle(self, *args, **options):
        deleted, _by_model = SearchTerm.objects.filter(last_searched_at__lt=retention_limit()).delete()
        days = settings.VIVAPOLIS_QUERY_LOG_RETENTION_DAYS
        self.stdout.write(f"{deleted} search terms not searched for in {days} days forgotten.")
