"""An event says where it takes place apart from the partner country it concerns, and is dated no
more precisely than its dates are known."""

import datetime
import re
from html import unescape

import pytest

from news.models import EventPage
from tests.factories import EventPageFactory


def text_of(client, url):
    """The page's text as a reader sees it: no tags, runs of spaces made one."""
    html = client.get(url).content.decode()
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def moroccan_delegation(bilingual_site):
    return EventPageFactory(
        parent=bilingual_site["event_index"], title="Délégation à Lyon", kind=EventPage.Kind.DELEGATION,
        city="Lyon", place_country="France", country=bilingual_site["country"],
    )


def test_the_card_gives_the_place_and_the_partner_country_apart(client, bilingual_site, moroccan_delegation):
    html = text_of(client, bilingual_site["event_index"].url)

    assert "Lyon, France" in html
    assert "Pays partenaire : Brésil" in html
    assert "Lyon, Brésil" not in html


def test_the_event_page_links_the_partner_country_and_names_the_place(client, bilingual_site, moroccan_delegation):
    html = text_of(client, moroccan_delegation.url)

    assert "Lieu Lyon, France Pays partenaire Brésil" in html
    assert f'<dd><a href="{bilingual_site["country"].url}">Brésil</a></dd>' in client.get(moroccan_delegation.url).content.decode()


@pytest.mark.parametrize(
    ("precision", "start", "end", "shown", "hidden"),
    [
        ("month", datetime.date(2019, 6, 1), datetime.date(2019, 6, 30), "juin 2019", "1 juin"),
        ("month", datetime.date(2019, 11, 1), datetime.date(2019, 12, 31), "novembre 2019 – décembre 2019", "30 novembre"),
        ("year", datetime.date(2019, 1, 1), datetime.date(2019, 12, 31), "2019 ", "janvier"),
        ("day", datetime.date(2019, 6, 23), datetime.date(2019, 6, 24), "Du 23 juin 2019 au 24 juin 2019", "juin 2019 –"),
    ],
)
def test_dates_are_shown_as_precisely_as_they_are_known(client, bilingual_site, precision, start, end, shown, hidden):
    event = EventPageFactory(
        parent=bilingual_site["event_index"], title="Sommet", start_date=start, end_date=end, date_precision=precision
    )

    for url in (event.url, bilingual_site["event_index"].url):
        html = text_of(client, url)
        assert shown in html, url
        assert hidden not in html, url


def test_an_event_with_no_known_place_shows_no_empty_place(client, bilingual_site):
    event = EventPageFactory(parent=bilingual_site["event_index"], title="Séminaire", city="", place_country="")

    assert "Lieu" not in text_of(client, event.url)
