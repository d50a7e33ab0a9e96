"""Clicking the switcher remembers the choice in the ``django_language`` cookie."""

from django.conf import settings


def test_a_chosen_language_is_remembered_and_used_for_the_root_url(client, all_locales):
    response = client.get("/language/", {"language": "ar", "next": "/ar/thematiques/"})

    assert response.status_code == 302
    assert response["Location"] == "/ar/thematiques/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ar"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME]["max-age"]

    # The cookie now beats the browser's language.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/ar/"


def test_a_small_form_can_post_the_choice(client, all_locales):
    response = client.post("/language/", {"language": "zh-hans", "next": "/zh-hans/"})

    assert response["Location"] == "/zh-hans/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "zh-hans"


def test_an_unknown_language_gets_a_clear_message_and_no_cookie(client, all_locales):
    response = client.get("/language/", {"language": "klingon", "next": "/fr/"})

    assert response.status_code == 400
    assert "klingon" not in response.content.decode()
    assert "fr, en, es, pt, ar, zh-hans" in response.content.decode()
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_next_must_stay_on_the_site_and_in_the_chosen_language(client, all_locales):
    assert client.get("/language/", {"language": "en", "next": "https://evil.example/"})["Location"] == "/en/"
    assert client.get("/language/", {"language": "en", "next": "/fr/pays/"})["Location"] == "/en/"
    assert client.get("/language/", {"language": "en"})["Location"] == "/en/"
    assert client.get("/language/", {"language": "en", "next": "/en/\r\nSet-Cookie: x=1"})["Location"] == "/en/"
