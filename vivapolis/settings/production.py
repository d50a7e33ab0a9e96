from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .environment import env_bool
from .observability import LOG_LEVEL, logging_settings

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
X_FRAME_OPTIONS = "DENY"
LOG_FORMAT = os.environ.get("LOG_FORMAT", "json")  # noqa: F405
LOGGING = logging_settings(LOG_FORMAT, LOG_LEVEL)
SECURE_REFERRER_POLICY = "same-origin"
