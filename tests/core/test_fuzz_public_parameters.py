"""No public address answers 5xx, whatever its query string or number: bad values are ignored or refused.

Property-based (hypothesis): each example picks a public address that takes parameters (listings
with filters and pages, theme, programme, country and organisation pages, news and events, the
search, its suggestions, the PDFs, the translation-missing page, the language switch) and sends
it a query string made of real option ids, "²", "①", huge and negative numbers, NUL bytes, long
strings, repeated parameters and any text. The number of examples comes from the hypothesis
profile (tests/conftest.py): a few dozen locally, 5,000 under CI=true.
"""

import pytest
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PARAMETERS = ("theme", "country", "programme", "year", "type", "page", "q", "language", "sort", "next")
NASTY = (
    "²", "①", "٣", "１", "𝟙", "-1", "0", "+7", " 7", "7 ", "1.5", "1e3", "0x1f", "9" * 40, "-" + "9" * 40,
    "\x00", "1\x00", "a\x00b", "x" * 3000, "", " ", "<script>", "../..", "%00", "NaN", "∞", "factsheet",
    "fr", "zh-hans", "/fr/", "//evil.example/", "date", "relevance",
)
LISTINGS = ("fact_sheet_index", "theme", "programme", "country", "organisation", "news_index", "event_index", "home")


def public_addresses(site):
    """Addresses whose answer depends on their parameters, in French and English."""
    addresses = [site[name].url for name in LISTINGS] + [site["en"][name].url for name in ("fact_sheet_index", "theme", "country")]
    for language in ("fr", "en"):
        with translation.override(language):
            addresses += [reverse("search:search"), reverse("search:suggest")]
    return addresses + ["/language/", "/"]


def numbered_addresses(number):
    """Addresses with a number in their path: a PDF, a booklet, the translation-missing page."""
    return [
        reverse("showcase:fact_sheet_pdf", args=[number]),
        reverse("showcase:booklet_pdf", args=[number]),
        f"/en/translation-missing/{number}/",
    ]


def values(ids):
    single = st.one_of(
        st.sampled_from(NASTY),
        st.sampled_from([str(pk) for pk in ids]),
        st.integers(min_value=-(10**25), max_value=10**25).map(str),
        st.text(max_size=40),
    )
    return st.one_of(single, st.lists(single, min_size=2, max_size=3))


@pytest.fixture
def fake_pdf_rendering(monkeypatch):
    """PDFs made instantly, so that the fuzzing reaches the views' parsing, not WeasyPrint."""
    monkeypatch.setattr("showcase.pdf.views.is_available", lambda: True)
    monkeypatch.setattr("showcase.pdf.views.pdf_language_available", lambda language: True)
    monkeypatch.setattr("showcase.pdf.tasks.render_pdf", lambda html, base_url: b"%PDF-1.7 fake")


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_public_address_answers_a_server_error(client, bilingual_site, fake_pdf_rendering, data):
    ids = [page.pk for page in bilingual_site.values() if hasattr(page, "pk")]
    numbers = st.one_of(st.sampled_from(ids), st.integers(min_value=0, max_value=10**30))
    address = data.draw(
        st.one_of(st.sampled_from(public_addresses(bilingual_site)), numbers.map(numbered_addresses).flatmap(st.sampled_from)),
        label="address",
    )
    params = data.draw(st.dictionaries(st.sampled_from(PARAMETERS), values(ids), max_size=4), label="query string")

    response = client.get(address, params)

    assert response.status_code < 500, (address, params, response.content[:300])
