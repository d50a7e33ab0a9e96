"""``/`` and URLs without a served language prefix go to the visitor's language, else French."""

ROOT_CASES = [
    ("pt-BR,pt;q=0.9,en;q=0.5", "/pt/"),
    ("ar-MA,ar;q=0.8", "/ar/"),
    ("zh-CN,zh;q=0.9", "/zh-hans/"),
    ("es-419", "/es/"),
    ("de-DE,de;q=0.9", "/fr/"),
    ("", "/fr/"),
]
PREFIX_CASES = [
    ("/de/thematiques/energie/", "en-GB,en;q=0.8", "/en/thematiques/energie/"),
    ("/de/thematiques/energie/", "de", "/fr/thematiques/energie/"),
    ("/pt-br/pays/maroc/", "en", "/pt/pays/maroc/"),
    ("/EN/pays/", "fr", "/en/pays/"),
    ("/zh/", "", "/zh-hans/"),
    ("/thematiques/energie/", "es-ES,es;q=0.9", "/es/thematiques/energie/"),
    ("/thematiques/energie/", "ru", "/fr/thematiques/energie/"),
]


def test_root_follows_accept_language_then_french(client, multilingual_site):
    for accept_language, expected in ROOT_CASES:
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

        assert (response.status_code, response["Location"]) == (302, expected), accept_language
        assert "Accept-Language" in response["Vary"]
        assert client.get(expected).status_code == 200


def test_unknown_or_missing_prefix_is_negotiated(client, multilingual_site):
    for path, accept_language, expected in PREFIX_CASES:
        response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept_language)

        assert (response.status_code, response["Location"]) == (302, expected), (path, accept_language)
        assert client.get(expected).status_code == 200, expected


def test_query_string_is_kept(client, site_tree):
    response = client.get("/de/realisations/", {"theme": "3"}, HTTP_ACCEPT_LANGUAGE="en")

    assert response["Location"] == "/en/realisations/?theme=3"


def test_a_served_language_prefix_is_left_alone(client, multilingual_site):
    assert client.get("/es/pays/maroc/", HTTP_ACCEPT_LANGUAGE="ar").status_code == 200
