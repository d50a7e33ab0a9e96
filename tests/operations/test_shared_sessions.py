"""Sessions live in the shared cache, which every app server reads, and in the database behind it."""

import pytest
from django.contrib.sessions.backends.cached_db import KEY_PREFIX
from django.core.cache import cache
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_signed_in_editor_is_read_from_the_shared_cache_and_stays_signed_in_when_it_is_emptied(admin_client):
    dashboard = admin_client.get(reverse("wagtailadmin_home"))
    in_cache = cache.get(KEY_PREFIX + admin_client.session.session_key)

    cache.clear()
    after_clearing = admin_client.get(reverse("wagtailadmin_home"))

    assert dashboard.status_code == 200
    assert in_cache is not None
    assert after_clearing.status_code == 200
