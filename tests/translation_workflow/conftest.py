"""The translation workflow is tested through the admin, as a translator uses it: in English."""

import pytest

from tests.factories import translated_page
from tests.factories.editing import set_admin_language

from .roles_setup import team


@pytest.fixture
def admin_client(admin_client, admin_user):
    """A superuser whose admin speaks English, so that messages read as in the code."""
    set_admin_language(admin_user, "en")
    return admin_client


@pytest.fixture
def people(multilingual_site):
    """The editor, moderator and translators of the roles, logged in by the tests that need them."""
    return team()


@pytest.fixture
def english_draft(multilingual_site):
    """The English translation of the multilingual site's fact sheet, unpublished."""
    english = translated_page(multilingual_site["fact_sheet"], "en")
    english.unpublish()
    return english
