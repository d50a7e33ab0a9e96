"""Which stemming and folding each content language gets, in PostgreSQL and in the engine."""

from django.utils import translation

# PostgreSQL text search configurations shipped with PostgreSQL 12+ (``simple`` has no stemming:
# it is the safe fallback, used for Chinese, which PostgreSQL cannot segment).
POSTGRES_CONFIGS = {
    "fr": "french",
    "en": "english",
    "es": "spanish",
    "pt": "portuguese",
    "ar": "arabic",
    "zh-hans": "simple",
}
POSTGRES_FALLBACK_CONFIG = "simple"

# Analyzer names defined in search.backends.engine.LANGUAGE_ANALYSIS, by language.
ENGINE_ANALYZERS = {
    "fr": "vivapolis_fr",
    "en": "vivapolis_en",
    "es": "vivapolis_es",
    "pt": "vivapolis_pt",
    "ar": "vivapolis_ar",
    "zh-hans": "vivapolis_zh",
}


def base_language(language_code):
    """``fr`` for ``fr``, ``fr-ca`` or ``FR``; ``zh-hans`` stays whole (it is a configured code)."""
    if not language_code:
        return None
    code = language_code.lower()
    if code in POSTGRES_CONFIGS:
        return code
    return code.split("-")[0]


def current_language():
    return base_language(translation.get_language())


def unaccented_config_name(base_config):
    """The project's accent-insensitive copy of a PostgreSQL configuration (see migration 0001)."""
    return f"vivapolis_{base_config}"
