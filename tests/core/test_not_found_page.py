"""An unknown address answers 404, with a page in the visitor's language."""


def test_unknown_page_is_a_404_in_the_visitors_language(client, bilingual_site):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert 'lang="en"' in response.content.decode()
