"""Settings shared by every environment; each value comes from the environment.

Topics with many settings have a module of their own, gathered at the end of this one.
"""

import importlib.util
import os
from pathlib import Path

import dj_email_url

from .database import *  # noqa: F401,F403
from .environment import BASE_DIR, env_bool, env_fallbacks, env_list

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The project's apps, from the bottom up (see docs/architecture.md).
    "core",
    "showcase",
    "news",
    "themes",
    "countries",
    "home",
    "search",
    "translation_workflow",
    "background",  # before wagtail_localize: its views replace two of wagtail-localize's
    "demo",
    "operations",
    # Before caching, whose ready() turns off its own publish handlers (caching/front.py purges after the commit).
    "wagtail.contrib.frontend_cache",
    "caching",  # the page cache (README, "Page cache")
    "feeds",  # RSS, Atom and iCalendar of news and events
    "previews",  # Open Graph, Twitter cards and schema.org JSON-LD
    "api",  # the read API (wagtail.api.v2), under /api/v2/
    "opendata",  # the fact sheets as CSV, JSON, GeoJSON and datapackage.json
    "contact",  # the contact form of fact sheets
    "wagtail.api.v2",
    "rest_framework",
    "corsheaders",
    "dsfr",
    "widget_tweaks",
    "wagtail_localize",
    "wagtail_localize.locales",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Only for its catalogues: Wagtail's admin writes times with humanize's naturaltime ("il y a une seconde").
    "django.contrib.humanize",
    "axes",  # login lockout (operations/, README "Security")
    "django_guid",  # request ids in logs (vivapolis/settings/observability.py)
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",  # first: counts and times every request (/metrics)
    "django_guid.middleware.guid_middleware",  # the request id of every log line (X-Request-ID)
    "django.middleware.security.SecurityMiddleware",
    "operations.probes.AnswerProbesFirstMiddleware",  # /healthz, /readyz, /metrics: no session, language or cache
    "operations.security.PolicyByPathCSPMiddleware",
    "operations.security.CrossOriginResourcePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "corsheaders.middleware.CorsMiddleware",  # /api/ only (CORS_URLS_REGEX), read-only
    "django.middleware.http.ConditionalGetMiddleware",  # 304 answers to If-None-Match / If-Modified-Since
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.UnknownLanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "operations.metrics.PageCacheCounterMiddleware",  # counts the page cache's hits and misses
    "caching.middleware.PageCacheMiddleware",  # before CSRF, sessions and messages: a hit reads none of them
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "core.routing.SharedSiteMiddleware",  # the site of the request from the site-wide cache
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.OldUrlRedirectMiddleware",  # Wagtail's redirects, then old French-slug URLs
    "operations.limits.RateLimitMiddleware",
    "operations.limits.PagePasswordLockoutMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",  # next to the views: answers by view and status
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "vivapolis.urls"
WSGI_APPLICATION = "vivapolis.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_navigation",
                "showcase.pdf.context_processors.pdf_available",
            ],
        },
    },
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses any login while the account or the address is locked out
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: French is the source language of every page.
# Every language listed here is both an interface language and a content locale.
ALL_LANGUAGES = {
    "fr": "Français",
    "en": "English",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
    "zh-hans": "简体中文",
}
LANGUAGE_CODE = "fr"
LANGUAGES = [
    (code, ALL_LANGUAGES.get(code, code))
    for code in env_list("VIVAPOLIS_LANGUAGES", "fr,en,es,pt,ar,zh-hans")
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Paris"
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Background work (README, "Background work"): long jobs go to the "background" backend, stored in
# the database and run by `manage.py run_worker`; Wagtail's own short tasks (search and reference
# index of one object) stay in the request, so they never wait for a worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# wagtail-localize's bulk jobs (subtree translation, tree sync) and the project's own, as tasks.
WAGTAILLOCALIZE_JOBS = {"BACKEND": "background.jobs.TaskJobBackend", "OPTIONS": {"TASK_BACKEND": "background"}}
# A running task whose worker has written no heartbeat for this long is queued again (once).
BACKGROUND_WORKER_LOST_AFTER = int(os.environ.get("BACKGROUND_WORKER_LOST_AFTER", "60"))


# Language fallback in listings and search (core/fallback.py): a page not translated into the
# visitor's language is shown in the first language of this order that has it, marked as such.
VIVAPOLIS_LANGUAGE_FALLBACKS = env_fallbacks("VIVAPOLIS_LANGUAGE_FALLBACKS", [code for code, _name in LANGUAGES])
VIVAPOLIS_DEFAULT_FALLBACKS = ["en", LANGUAGE_CODE]
# Machine translation in the translation editor: DeepL when a key is given, otherwise off.
if os.environ.get("DEEPL_API_KEY", "").strip():
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translation_workflow.machine_translation.VivapolisDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"].strip()},
    }

STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Leaflet's own files as shipped by django-leaflet; its Django app is not installed (it needs GDAL).
    Path(importlib.util.find_spec("leaflet").origin).parent / "static",
]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Documents always go through Wagtail's view, which applies the privacy of their collection; the media
# URL never serves them (vivapolis/urls.py), whatever SERVE_MEDIA says.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Where `manage.py backup` writes its archives when not told (README, "Backup and restore").
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
WAGTAIL_SITE_NAME = "Vivapolis"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png"}
# Photographers' originals up to 40 MB are accepted; those longer than 3200 px are resized on upload
# (core/image_uploads.py), so that the media library does not keep 50-megapixel files.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 40 * 1024 * 1024
# A small file can still decode into a huge bitmap (a "decompression bomb"): 80 megapixels is above any
# camera the network's photographers use and far below what would exhaust a worker's memory.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 80_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.image_uploads.ResizingImageForm"
VIVAPOLIS_MAX_ORIGINAL_SIDE = 3200
# Slugs are ASCII (core/slugs.py): the admin transliterates titles instead of keeping accents.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "docx", "xlsx", "csv", "txt"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Contact form of fact sheets (contact/): messages kept this many days (then purge_contact_messages,
# run by the worker, deletes them), answers sent sooner than this many seconds after the form was shown
# are refused (robots), and at most this many messages per address.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
CONTACT_MIN_SECONDS = 3
CONTACT_RATE_LIMIT = "3/m"

# --- Mail: EMAIL_URL (smtp://user:password@host:587/?tls=True, see dj-email-url); without it the
# development settings print mails and production warns at start-up (operations/checks.py).
EMAIL_URL = os.environ.get("EMAIL_URL", "").strip()
if EMAIL_URL:
    globals().update(dj_email_url.parse(EMAIL_URL))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Vivapolis <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

from .search import *  # noqa: E402,F401,F403
from .security import *  # noqa: E402,F401,F403
from .shared_state import *  # noqa: E402,F401,F403
from .observability import *  # noqa: E402,F401,F403
