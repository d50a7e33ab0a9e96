"""Reading settings from the environment: the helpers every settings module uses."""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]



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



def url_origin(url):
    """``https://{s}.tile.example.org/{z}/{x}/{y}.png`` -> ``https://*.tile.example.org``; empty for no URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{re.sub(r'{[^}]*}', '*', parts.netloc)}" if parts.scheme and parts.netloc else ""
