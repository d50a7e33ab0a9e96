import pytest
from wagtail.models import Locale

from tests.factories import build_site


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def locales(db):
    """fr (the source) and en, as content locales."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("fr", "en")}


@pytest.fixture
def site_tree(locales):
    return build_site()
