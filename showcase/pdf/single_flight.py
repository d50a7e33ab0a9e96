"""One render for many requests: the first request for a missing PDF takes a lock in the shared cache
and renders (a fact sheet) or queues its render on the background worker (a booklet, ``claim``); the
others, in any worker or server, wait for its result, or are told it is being prepared, instead of
rendering too.

The lock is ``cache.add`` (atomic on Redis and the local-memory cache; on the file cache, two
workers starting within the same millisecond may both render). A lock whose holder died expires
after ``LOCK_SECONDS``; a waiter that waited that long renders itself.
"""

import time

from django.core.cache import cache

LOCK_SECONDS = 120
WAIT_STEP_SECONDS = 0.1


def lock_key(key):
    return f"{key}:rendering"


def claim(key):
    """True for the first of the requests asking for ``key`` until ``release(key)`` or ``LOCK_SECONDS`` pass."""
    return cache.add(lock_key(key), True, LOCK_SECONDS)


def release(key):
    cache.delete(lock_key(key))


def get_or_render(key, render, timeout):
    """The value cached under ``key``, else ``render()``'s, computed once however many ask at once."""
    deadline = time.monotonic() + LOCK_SECONDS
    while True:
        value = cache.get(key)
        if value is not None:
            return value
        if claim(key):
            try:
                value = render()
                cache.set(key, value, timeout)
                return value
            finally:
                release(key)
        if time.monotonic() > deadline:
            return render()
        time.sleep(WAIT_STEP_SECONDS)
