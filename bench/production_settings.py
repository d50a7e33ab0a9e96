"""The production settings, without the per-address rate limits: every benchmark request comes from 127.0.0.1."""

from vivapolis.settings.production import *  # noqa: F401,F403

VIVAPOLIS_RATE_LIMITS = {}
