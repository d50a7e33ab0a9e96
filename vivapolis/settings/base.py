"""Settings shared by every environment; each value comes from the environment."""

import importlib.util
import os
from pathlib import Path

import dj_database_url

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
    "demo",
    "dsfr",
    "widget_tweaks",
    "wagtail_localize",
    "wagtail_localize.locales",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.UnknownLanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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


def env_fallbacks(name, default=""):
    """``pt:es,en;ar:en`` -> ``{"pt": ["es", "en"], "ar": ["en"]}``."""
    fallbacks = {}
    for rule in os.environ.get(name, default).split(";"):
        language, _, others = rule.partition(":")
        if language.strip() and others.strip():
            fallbacks[language.strip()] = [code.strip() for code in others.split(",") if code.strip()]
    return fallbacks


# Language fallback in listings and search (core/fallback.py): a page not translated into the
# visitor's language is shown in the first language of this order that has it, marked as such.
VIVAPOLIS_LANGUAGE_FALLBACKS = env_fallbacks("VIVAPOLIS_LANGUAGE_FALLBACKS")
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
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Vivapolis"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "png", "gif": "png"}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "ods", "docx", "xlsx", "csv", "txt"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Search: the database backend (SQLite FTS5, or PostgreSQL with one text search configuration per
# locale) always exists under "database"; SEARCH_URL + SEARCH_BACKEND (opensearch2 or
# elasticsearch7) make the engine the default, with the database as the fallback when it is down.
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
