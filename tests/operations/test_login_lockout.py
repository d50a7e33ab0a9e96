"""Five wrong passwords lock the account and the address out of every login form, even with the right password after."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

PASSWORD = "the-right-password-42"
LOGIN_FORMS = ["/admin/login/", "/django-admin/login/", "/fr/_util/login/"]


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def log_in(client, url, password):
    return client.post(url, {"username": "editor", "password": password}, HTTP_ACCEPT_LANGUAGE="en")


def lockout_title(language):
    with translation.override(language):
        return gettext("Sign-in locked")


@pytest.mark.parametrize("url", LOGIN_FORMS)
def test_the_right_password_is_refused_after_five_wrong_ones(client, editor, url):
    wrong = [log_in(client, url, f"wrong-{attempt}") for attempt in range(5)]
    right = log_in(client, url, PASSWORD)

    assert [response.status_code for response in wrong[:4]] == [200] * 4  # the form again, with its error
    assert right.status_code == 429
    # The admin's login speaks English to an anonymous user; the site's own login, its page's language.
    assert lockout_title("fr" if url.startswith("/fr/") else "en") in right.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("url", LOGIN_FORMS)
def test_four_wrong_passwords_do_not_lock(client, editor, url):
    for attempt in range(4):
        log_in(client, url, f"wrong-{attempt}")

    assert log_in(client, url, PASSWORD).status_code == 302
    assert "_auth_user_id" in client.session


def test_the_lock_covers_the_other_login_forms(client, editor):
    for attempt in range(5):
        log_in(client, "/admin/login/", f"wrong-{attempt}")

    assert log_in(client, "/django-admin/login/", PASSWORD).status_code == 429


def test_a_locked_address_cannot_try_another_account(client, editor):
    get_user_model().objects.create_user("other", "other@example.org", PASSWORD)
    for attempt in range(5):
        log_in(client, "/admin/login/", f"wrong-{attempt}")

    response = client.post("/admin/login/", {"username": "other", "password": PASSWORD})

    assert response.status_code == 429


def test_a_page_password_form_locks_after_five_wrong_passwords(client, site_tree):
    page = site_tree["news_index"]
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="sesame")
    action = f"/fr/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"

    wrong = [client.post(action, {"password": f"wrong-{attempt}", "return_url": page.url}) for attempt in range(5)]
    right = client.post(action, {"password": "sesame", "return_url": page.url})

    assert [response.status_code for response in wrong[:5]] == [200] * 5
    assert right.status_code == 429
    assert lockout_title("fr") in right.content.decode()
    assert '<html lang="fr"' in right.content.decode()


def test_the_right_page_password_still_opens_the_page(client, site_tree):
    page = site_tree["news_index"]
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="sesame")
    action = f"/fr/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    client.post(action, {"password": "wrong", "return_url": page.url})

    response = client.post(action, {"password": "sesame", "return_url": page.url})

    assert response.status_code == 302
    assert client.get(page.url).status_code == 200
