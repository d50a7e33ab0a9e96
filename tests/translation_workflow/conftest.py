"""The translation workflow is tested through the admin, as a translator uses it: in English."""

import pytest

from tests.factories.editing import set_admin_language


@pytest.fixture
def admin_client(admin_client, admin_user):
    """A superuser whose admin speaks English, so that messages read as in the code."""
    set_admin_language(admin_user, "en")
    return admin_client
