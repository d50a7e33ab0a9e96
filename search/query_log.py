"""What the query log keeps of a search: its normalised text, a bounded number of new terms a day, for a while."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone


def normalised_query(query):
    """Lowercased, every run of whitespace made one space, cut to ``VIVAPOLIS_QUERY_LOG_MAX_LENGTH`` characters."""
    collapsed = " ".join(str(query).lower().split())
    return collapsed[: settings.VIVAPOLIS_QUERY_LOG_MAX_LENGTH].rstrip()


def start_of_today():
    return timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)


def may_add_term(terms):
    """Whether a new term may join the log today: at most ``VIVAPOLIS_QUERY_LOG_NEW_TERMS_PER_DAY`` terms a day."""
    searched_today = terms.filter(last_searched_at__gte=start_of_today()).count()
    return searched_today < settings.VIVAPOLIS_QUERY_LOG_NEW_TERMS_PER_DAY


def retention_limit():
    """Terms last searched before this moment are forgotten (``VIVAPOLIS_QUERY_LOG_RETENTION_DAYS``)."""
    return timezone.now() - timedelta(days=settings.VIVAPOLIS_QUERY_LOG_RETENTION_DAYS)
