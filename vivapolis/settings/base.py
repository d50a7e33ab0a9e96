"""Settings shared by every environment; each value comes from the environment."""

import importlib.util
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
import dj_email_url
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


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
    "axes",  # login lockout (operations/, README "Security")
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
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
    "caching.middleware.PageCacheMiddleware",  # before CSRF, sessions and messages: a hit reads none of them
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.OldUrlRedirectMiddleware",  # Wagtail's redirects, then old French-slug URLs
    "operations.limits.RateLimitMiddleware",
    "operations.limits.PagePasswordLockoutMiddleware",
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

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# SQLite while editors publish and visitors read: readers never wait for the writer (WAL), a writer
# takes its lock at the start of a transaction and waits up to 20 s for another one (README, "SQLite").
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

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


def env_fallbacks(name, languages, default=""):
    """``pt:es,en;ar:en`` -> ``{"pt": ["es", "en"], "ar": ["en"]}``; a code not in ``languages`` stops the start."""
    fallbacks = {}
    for rule in filter(str.strip, os.environ.get(name, default).split(";")):
        language, _, others = rule.partition(":")
        codes = [language.strip(), *(code.strip() for code in others.split(",") if code.strip())]
        unknown = [code for code in codes if code not in languages]
        if unknown or len(codes) < 2:
            raise ImproperlyConfigured(
                f"{name}: {rule!r} should read language:fallback,fallback with languages of VIVAPOLIS_LANGUAGES "
                f"({', '.join(languages)}); unknown: {', '.join(unknown) or 'none'}."
            )
        fallbacks[codes[0]] = codes[1:]
    return fallbacks


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

# Search: the database backend (SQLite FTS5, or PostgreSQL with one text search configuration per
# locale) always exists under "database"; SEARCH_URL + SEARCH_BACKEND (opensearch2 or
# elasticsearch8) make the engine the default, with the database as the fallback when it is down.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "opensearch2" if SEARCH_URL else "database")
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "vivapolis_")
# The database backend of the database in use: per-language configurations on PostgreSQL,
# weighted FTS5 columns on SQLite, Wagtail's own backend elsewhere.
DATABASE_SEARCH_BACKENDS = {
    "django.db.backends.postgresql": "search.backends.postgres",
    "django.db.backends.sqlite3": "search.backends.sqlite",
}
SEARCH_DATABASE_BACKEND = {
    "BACKEND": DATABASE_SEARCH_BACKENDS.get(DATABASES["default"]["ENGINE"], "wagtail.search.backends.database")
}


def search_engine_backend(url, backend, index_prefix):
    return {
        "BACKEND": f"search.backends.{backend}",
        "URLS": [url],
        "INDEX_PREFIX": index_prefix,
        "TIMEOUT": int(os.environ.get("SEARCH_TIMEOUT", "5")),
        "CONNECT_TIMEOUT": float(os.environ.get("SEARCH_CONNECT_TIMEOUT", "1")),
        "RETRY_AFTER": int(os.environ.get("SEARCH_RETRY_AFTER", "30")),  # search/breaker.py
        "OPTIONS": {"max_retries": 0},
    }


if SEARCH_URL and SEARCH_BACKEND != "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": search_engine_backend(SEARCH_URL, SEARCH_BACKEND, SEARCH_INDEX_PREFIX),
        "database": SEARCH_DATABASE_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Maps: any XYZ tile server; the attribution is shown on every map.
VIVAPOLIS_MAP_TILES_URL = os.environ.get(
    "VIVAPOLIS_MAP_TILES_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
VIVAPOLIS_MAP_ATTRIBUTION = os.environ.get(
    "VIVAPOLIS_MAP_ATTRIBUTION", "© OpenStreetMap contributors"
)

# --- Security headers (operations/security.py; README, "Security"). Public pages run no inline
# script or style; the admin, whose pages do, has its own looser policy.
VIDEO_PLAYER_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]


def url_origin(url):
    """``https://{s}.tile.example.org/{z}/{x}/{y}.png`` -> ``https://*.tile.example.org``; empty for no URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{re.sub(r'{[^}]*}', '*', parts.netloc)}" if parts.scheme and parts.netloc else ""


MAP_TILES_ORIGINS = [origin for origin in [url_origin(VIVAPOLIS_MAP_TILES_URL)] if origin]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MAP_TILES_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "frame-src": VIDEO_PLAYER_ORIGINS,
        "form-action": [SELF],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail and Django admins (their own scripts set inline styles and handlers; previews are framed).
ADMIN_URL_PREFIXES = ["/admin/", "/django-admin/"]
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "https:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, "https://releases.wagtail.io"],
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY = {
    **{feature: [] for feature in ["accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"]},
    "fullscreen": ["self", *VIDEO_PLAYER_ORIGINS],
    "picture-in-picture": ["self", *VIDEO_PLAYER_ORIGINS],
}
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# --- The read API (api/, README "Read API"): any site may read it from a browser, nobody may write.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# --- Contact form of fact sheets (contact/): messages kept this many days (then purge_contact_messages,
# run by the worker, deletes them), answers sent sooner than this many seconds after the form was shown
# are refused (robots), and at most this many messages per address.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "365"))
CONTACT_MIN_SECONDS = 3
CONTACT_RATE_LIMIT = "3/m"

# --- Abuse limits (operations/limits.py). Five wrong passwords lock the account, and the address,
# out of every login and page-password form for an hour.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = int(os.environ.get("LOGIN_LOCKOUT_HOURS", "1"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "operations.limits.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Requests per address for the views that cost the most (URL name: rate), then a 429 page.
VIVAPOLIS_RATE_LIMITS = {
    "search:search": "30/m",
    "search:suggest": "120/m",
    "showcase:fact_sheet_pdf": "10/m",
    "showcase:booklet_pdf": "5/m",
}
# The query log (search/query_log.py): normalised queries of at most this many characters, at most
# this many new terms a day, each forgotten that many days after its last search (purge_query_log).
VIVAPOLIS_QUERY_LOG_MAX_LENGTH = 100
VIVAPOLIS_QUERY_LOG_NEW_TERMS_PER_DAY = int(os.environ.get("QUERY_LOG_NEW_TERMS_PER_DAY", "1000"))
VIVAPOLIS_QUERY_LOG_RETENTION_DAYS = int(os.environ.get("QUERY_LOG_RETENTION_DAYS", "395"))

# --- Mail: EMAIL_URL (smtp://user:password@host:587/?tls=True, see dj-email-url); without it the
# development settings print mails and production warns at start-up (operations/checks.py).
EMAIL_URL = os.environ.get("EMAIL_URL", "").strip()
if EMAIL_URL:
    globals().update(dj_email_url.parse(EMAIL_URL))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Vivapolis <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
