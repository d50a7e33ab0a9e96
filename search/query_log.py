"""What the query log keeps of a search: its normalised text, a bounded number of new terms a day, for a while.

A search writes nothing to the database: ``count_search`` adds it to counters in the shared cache,
in a bucket per minute, and the worker's ``manage.py flush_query_log`` (every minute) writes each
bucket once it is closed to the log (``query_log_flush``). Per bucket the cache holds, for each
distinct term, a search counter, a no-result counter and the last result count and time, plus the
list of the bucket's terms (a counter and one entry per term, since a cache has no sets).
"""

import hashlib
import logging
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger(__name__)

BUCKET = timedelta(minutes=1)
# A bucket is written to the log once no request can still be counting into it (clocks of several servers differ a little).
CLOSED_AFTER = timedelta(minutes=2)
# How long the counts of a bucket wait for a worker to write them; a worker stopped longer than this loses them.
KEPT_FOR = timedelta(days=2)


def normalised_query(query):
    """Lowercased, every run of whitespace made one space, cut to ``VIVAPOLIS_QUERY_LOG_MAX_LENGTH`` characters."""
    collapsed = " ".join(str(query).lower().split())
    return collapsed[: settings.VIVAPOLIS_QUERY_LOG_MAX_LENGTH].rstrip()


def start_of_day(moment):
    return timezone.localtime(moment).replace(hour=0, minute=0, second=0, microsecond=0)


def may_add_term(terms, searched_at):
    """Whether a new term may join the log: at most ``VIVAPOLIS_QUERY_LOG_NEW_TERMS_PER_DAY`` terms on the day of ``searched_at``."""
    searched_that_day = terms.filter(last_searched_at__gte=start_of_day(searched_at)).count()
    return searched_that_day < settings.VIVAPOLIS_QUERY_LOG_NEW_TERMS_PER_DAY


def retention_limit():
    """Terms last searched before this moment are forgotten (``VIVAPOLIS_QUERY_LOG_RETENTION_DAYS``)."""
    return timezone.now() - timedelta(days=settings.VIVAPOLIS_QUERY_LOG_RETENTION_DAYS)


def bucket_of(moment):
    return int(moment.timestamp() // BUCKET.total_seconds())


def bucket_key(bucket, *parts):
    return ":".join(["search-log", str(bucket), *map(str, parts)])


def term_digest(language_code, query_string):
    return hashlib.sha256(f"{language_code}\n{query_string}".encode()).hexdigest()[:32]


def count_search(query, language_code, result_count):
    """Count one search in the shared cache (no database write in the visitor's request)."""
    query_string = normalised_query(query)
    if query_string:
        try:
            _count(query_string, language_code, result_count, timezone.now())
        except ValueError:  # a counter evicted between its creation and its increment: one search is not counted
            logger.warning("A search could not be counted: its counter left the cache.")


def _count(query_string, language_code, result_count, now):
    bucket, digest, keep = bucket_of(now), term_digest(language_code, query_string), KEPT_FOR.total_seconds()
    searches = bucket_key(bucket, digest, "searches")
    if cache.add(searches, 0, keep):  # the term's first search in this bucket: list it
        cache.add(bucket_key(bucket, "terms"), 0, keep)
        position = cache.incr(bucket_key(bucket, "terms"))
        cache.set(bucket_key(bucket, "term", position), (language_code, query_string), keep)
    cache.incr(searches)
    if not result_count:
        cache.add(bucket_key(bucket, digest, "no-result"), 0, keep)
        cache.incr(bucket_key(bucket, digest, "no-result"))
    cache.set(bucket_key(bucket, digest, "last"), (result_count, now), keep)
