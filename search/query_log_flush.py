"""The searches counted in the shared cache, written to the query log by the worker (``manage.py flush_query_log``).

Each closed bucket (a minute no request counts into any more) is written once: its flusher first
claims it with ``cache.add``, which one caller only wins on Redis and the local-memory cache, then
reads its counters (final, since the bucket is closed), writes them in one transaction and deletes
them. Two workers flushing at once therefore never count a bucket twice; a worker that dies between
its claim and its write loses that minute's counts rather than counting them twice. On top of that,
the worker's schedule runs the command once a minute across all workers (``PeriodicRun``).
"""

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from .models import SearchTerm
from .query_log import BUCKET, CLOSED_AFTER, KEPT_FOR, bucket_key, bucket_of, term_digest

COUNTERS = ("searches", "no-result", "last")


def closed_buckets(now):
    """Every bucket still kept in the cache that no request counts into any more, oldest first."""
    last = bucket_of(now - CLOSED_AFTER)
    return range(last - int(KEPT_FOR / BUCKET), last + 1)


def claim(bucket):
    return cache.add(bucket_key(bucket, "writing"), True, KEPT_FOR.total_seconds())


def counted_terms(bucket):
    """``[(language_code, query_string, {counter: value}), ...]`` of a bucket, in the order of their first search."""
    listed = cache.get(bucket_key(bucket, "terms"), 0)
    terms = cache.get_many([bucket_key(bucket, "term", position) for position in range(1, listed + 1)])
    counted = []
    for language_code, query_string in terms.values():
        digest = term_digest(language_code, query_string)
        values = cache.get_many([bucket_key(bucket, digest, counter) for counter in COUNTERS])
        counted.append((language_code, query_string, {key.rsplit(":", 1)[1]: value for key, value in values.items()}))
    return counted, [*terms, bucket_key(bucket, "terms")]


def forget(bucket, counted, term_keys):
    """Delete the bucket's counters, then its claim: a flusher claiming it after that finds nothing left to write."""
    keys = [bucket_key(bucket, term_digest(language, query), counter) for language, query, _ in counted for counter in COUNTERS]
    cache.delete_many([*keys, *term_keys])
    cache.delete(bucket_key(bucket, "writing"))


def flush_counted_searches(now=None):
    """Write every closed bucket not written yet to the query log; return the number of searches written."""
    now = now or timezone.now()
    buckets = closed_buckets(now)
    with_terms = cache.get_many([bucket_key(bucket, "terms") for bucket in buckets])  # one read for two days of buckets
    written = 0
    for bucket in (bucket for bucket in buckets if bucket_key(bucket, "terms") in with_terms):
        if not claim(bucket):
            continue
        counted, term_keys = counted_terms(bucket)
        try:
            with transaction.atomic():
                written += sum(record(language_code, query_string, values) for language_code, query_string, values in counted)
        except Exception:
            cache.delete(bucket_key(bucket, "writing"))  # nothing was written: the next run tries again
            raise
        forget(bucket, counted, term_keys)
    return written


def record(language_code, query_string, values):
    searches = values.get("searches", 0)
    if not searches:
        return 0
    last_result_count, last_searched_at = values.get("last", (0, timezone.now()))
    recorded = SearchTerm.record(
        query_string,
        language_code,
        searches=searches,
        no_result_searches=values.get("no-result", 0),
        last_result_count=last_result_count,
        searched_at=last_searched_at,
    )
    return searches if recorded else 0
