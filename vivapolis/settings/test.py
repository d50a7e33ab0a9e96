"""Test settings: fast hashing, local caches, and the database chosen by DATABASE_URL."""

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if not CACHE_URL:  # noqa: F405  (CACHE_URL=redis://... runs the tests on Redis, as CI does for `-m cache`)
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # noqa: F405
# Pages are served fresh to the rest of the suite, which changes them between requests; tests/caching/ turns
# the page cache on.
PAGE_CACHE_ENABLED = False
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / "tmp" / "test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# The suite indexes into the database backend; tests/search/ switch to the engine at SEARCH_URL
# (with its own index prefix) for the tests parametrised with it.
WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}  # noqa: F405
SEARCH_INDEX_PREFIX = "vivapolis_test_"
# Static files come from the finders in tests; no collectstatic run is needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Background jobs run at once, inside the request, so that tests see their result; the tests of the
# worker itself (tests/background/) switch "background" to the database backend.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# Mails stay in django.core.mail.outbox.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Rate limits count across tests in the shared cache; tests/operations/ turn them on where they test them.
VIVAPOLIS_RATE_LIMITS = {}
