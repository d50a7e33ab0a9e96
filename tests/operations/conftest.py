import importlib
import sys

import pytest

PRODUCTION_SETTINGS = "vivapolis.settings.production"
SECURITY_SETTINGS = ("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_", "X_FRAME_OPTIONS", "CONTENT_SECURITY_POLICY",
                     "ADMIN_CONTENT_SECURITY_POLICY", "PERMISSIONS_POLICY", "CROSS_ORIGIN_")


@pytest.fixture
def production_security(settings, monkeypatch):
    """The security settings of vivapolis.settings.production (requests must then be made with ``secure=True``)."""
    monkeypatch.setenv("SECRET_KEY", "a-long-random-production-secret-" + "k" * 40)
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    importlib.reload(importlib.import_module("vivapolis.settings.base"))  # it read SECRET_KEY when first imported
    module = sys.modules.get(PRODUCTION_SETTINGS)
    production = importlib.reload(module) if module else importlib.import_module(PRODUCTION_SETTINGS)
    for name in dir(production):
        if name.startswith(SECURITY_SETTINGS):
            setattr(settings, name, getattr(production, name))
    return production
