"""State every app server shares: the cache (pages, PDFs, rate limits), file storage, logging."""

import os

from .environment import BASE_DIR, env_bool

# The shared cache: pages, PDFs, rate limits. Files on the embedded default (every worker of the machine
# shares them); CACHE_URL=redis://host:6379/0 for Redis, shared by every app server (README, "Page cache").
CACHE_URL = os.environ.get("CACHE_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL.startswith(("redis://", "rediss://", "unix://"))
    else {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "tmp" / "cache")),
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "20000"))},
    }
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
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
