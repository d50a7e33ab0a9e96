"""Dates and numbers follow the conventions of the page's language."""

import datetime
from decimal import Decimal

from django.utils import formats, translation

from tests.factories import FactSheetPageFactory, NewsPageFactory, translate


def _visible(html):
    return html.replace("&nbsp;", "\xa0")


def test_news_date_is_written_the_way_each_language_writes_dates(client, multilingual_site):
    news = NewsPageFactory(parent=multilingual_site["news_index"], title="Salon", slug="salon", date=datetime.date(2026, 3, 5))
    for code in ("en", "es", "ar"):
        translate(multilingual_site["news_index"], code)
        translate(news, code)

    shown = {}
    for code in ("fr", "en", "es", "ar"):
        html = client.get(f"/{code}/actualites/salon/").content.decode()
        with translation.override(code):
            shown[code] = formats.date_format(news.date, "DATE_FORMAT")
        assert shown[code] in html, code
    assert shown["fr"] == "5 mars 2026"
    assert len(set(shown.values())) == 4


def test_key_figures_use_each_languages_decimal_and_grouping_marks(client, multilingual_site):
    page = FactSheetPageFactory(
        parent=multilingual_site["fact_sheet_index"], title="Éclairage", slug="eclairage",
        key_figures=[(Decimal("12500.75"), "MWh", "économisés par an")],
    )
    translate(page, "en")

    french = _visible(client.get("/fr/realisations/eclairage/").content.decode())
    english = _visible(client.get("/en/realisations/eclairage/").content.decode())

    unit = '</span> <span class="key-figures__unit"><span class="key-figures__word">MWh'
    assert f"12,500.75{unit}" in english
    with translation.override("fr"):
        expected = formats.number_format(Decimal("12500.75"), decimal_pos=2, use_l10n=True, force_grouping=True)
    assert expected.endswith("500,75") and f"{expected}{unit}" in french
    assert "12,500.75" not in french
