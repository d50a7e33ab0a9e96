"""One render for many requests: the first request for a missing PDF takes a lock in the shared cache
and renders; the others, in any worker or server, wait for its result instead of rendering too.

The lock is ``cache.add`` (atomic on Redis and the local-memory cache; on the file cache, two
workers starting within the same millisecond may both render). A lock whose holder died expires
after ``LOCK_SECONDS``; a waiter that waited that long renders itself.
"""

import time

from django.core.cache import cache

LOCK_SECONDS = 120
WAIT_STEP_SECONDS = 0.1


def get_or_render(key, render, timeout):
    """The value cached under ``key``, else ``render()``'s, computed once however many ask at once."""
    deadline = time.monotonic() + LOCK_SECONDS
    lock = f"{key}:rendering"
    while True:
        value = cache.get(key)
        if value is not None:
            return value
        if cache.add(lock, True, LOCK_SECONDS):
            try:
                value = render()
                cache.set(key, value, timeout)
                return value
            finally:
                cache.delete(lock)
        if time.monotonic() > deadline:
            return render()
        time.sleep(WAIT_STEP_SECONDS)
