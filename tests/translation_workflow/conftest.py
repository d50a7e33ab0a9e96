"""The translation workflow is tested through the admin, as a translator uses it: in English."""

import pytest
from wagtail.users.models import UserProfile


@pytest.fixture
def admin_client(admin_client, admin_user):
    """A superuser whose admin speaks English, so that messages read as in the code."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client
