from .base import *  # noqa: F401,F403
from .environment import env_bool, env_list

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A template or code change shows at the next reload: the page cache is for `make serve` and production.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", False)
