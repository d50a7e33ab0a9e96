"""State every app server shares: the cache (pages, PDFs, rate limits, sessions), media storage, the front cache."""

import os

from .environment import BASE_DIR, env_bool
from .media_storage import media_bucket, media_storage

# The shared cache: pages, PDFs, rate limits. Files on the embedded default (every worker of the machine
# shares them); CACHE_URL=redis://host:6379/0 for Redis, shared by every app server (README, "Page cache").
CACHE_URL = os.environ.get("CACHE_URL", "")
# A Redis that is down or hung fails fast (readiness answers 503 within ~2 s) instead of holding a worker.
CACHE_REDIS_OPTIONS = {
    "socket_connect_timeout": float(os.environ.get("CACHE_CONNECT_TIMEOUT", "0.5")),
    "socket_timeout": float(os.environ.get("CACHE_SOCKET_TIMEOUT", "1")),
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL, "OPTIONS": CACHE_REDIS_OPTIONS}
    if CACHE_URL.startswith(("redis://", "rediss://", "unix://"))
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "tmp" / "cache")),
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "20000"))},
    },
    # Wagtail looks renditions up in the cache named "renditions" when there is one. Wagtail 8.0 writes every
    # rendition it finds in the cache back to it, so on the file cache each image of a page cost a write and a
    # listing of the cache folder on every view: each process keeps them in memory instead. Their keys carry the
    # image file's hash and focal point, so an edited image gets new keys; the timeout bounds how long a
    # rendition deleted by hand (not by Wagtail in this process) may still be named.
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "TIMEOUT": 600,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))  # also bounds dated content (upcoming events)
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))  # browsers and CDNs
PAGE_CACHE_STALE_WHILE_REVALIDATE = 300
PAGE_CACHE_MAX_BYTES = 2 * 1024 * 1024
PAGE_CACHE_BYPASS_COOKIES = ["sessionid", "messages"]
# Views that are not pages, by URL name, whose anonymous answers are cached until any page is published.
PAGE_CACHE_VIEWS = ["sitemap", "robots_txt"]
# Models (besides settings and snippets) whose changes purge every cached page.
PAGE_CACHE_SITE_WIDE_MODELS = []
# The edge cache in front of the app servers (Varnish: docs/deployment.md). With FRONT_CACHE_URL, every purge of
# the page cache is also sent to it as PURGE requests (caching/front.py), so pages may stay there as long as in
# the page cache (s-maxage). The URLs given are every language's already: Wagtail's own copy per language is off.
FRONT_CACHE_URL = os.environ.get("FRONT_CACHE_URL", "").strip()
FRONT_CACHE_MAX_AGE = int(os.environ.get("FRONT_CACHE_MAX_AGE", PAGE_CACHE_SECONDS))
WAGTAILFRONTENDCACHE_LANGUAGES = []
if FRONT_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "front": {
            "BACKEND": "caching.front_backend.TimeoutHTTPBackend",
            "LOCATION": FRONT_CACHE_URL,
            "TIMEOUT": float(os.environ.get("FRONT_CACHE_TIMEOUT", "2")),
        }
    }
# Uploaded media: the local disk, or an S3-compatible bucket shared by every app server (README, "Media storage").
MEDIA_BUCKET = media_bucket(os.environ.get("MEDIA_STORAGE_URL", "").strip(), os.environ.get("MEDIA_PUBLIC_URL", "").strip())
STORAGES = {
    "default": media_storage(MEDIA_BUCKET),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Sessions are read from the shared cache and kept in the database, so that a cache restart logs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
