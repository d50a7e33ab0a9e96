"""Key figures keep the precision the editor typed, are written each language's way, and never
break inside a number: the number and its unit are two pieces that each stay whole."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.factories import FactSheetPageFactory, translate

NUMBER = re.compile(r'<span class="key-figures__number">([^<]*)</span>(?: <span class="key-figures__unit">(.*?)</span></bdi>)?')
UNIT_WORD = re.compile(r'<span class="key-figures__word">([^<]*)</span>')
EXPECTED = {  # "4.6 km" and "30000 voyageurs/jour", as each language writes them
    "fr": ["4,6", "30\xa0000"],
    "en": ["4.6", "30,000"],
    "es": ["4,6", "30\xa0000"],
    "pt": ["4,6", "30.000"],
    "ar": ["4,6", "30000"],
    "zh-hans": ["4.6", "30000"],
}


@pytest.fixture
def fact_sheet(multilingual_site):
    page = FactSheetPageFactory(
        parent=multilingual_site["fact_sheet_index"], title="Téléphérique", slug="telepherique",
        key_figures=[("4.6", "km", "de ligne"), ("30000", "voyageurs/jour", "en semaine")],
    )
    for code in EXPECTED:
        if code != "fr":
            translate(page, code)
    return page


def figures(client, language_code):
    """(number, words of the unit) of each key figure on the page, as the HTML has them."""
    html = client.get(f"/{language_code}/realisations/telepherique/").content.decode()
    return [(number, UNIT_WORD.findall(unit)) for number, unit in NUMBER.findall(html)]


def test_a_figure_typed_4_6_shows_4_6_in_each_languages_notation(client, fact_sheet):
    shown = {code: [number for number, _unit in figures(client, code)] for code in EXPECTED}

    assert shown == EXPECTED
    assert all("4,60" not in numbers and "4.60" not in numbers for numbers in shown.values())


def test_no_breaking_space_inside_a_number_and_the_unit_stays_whole(client, fact_sheet):
    for code in EXPECTED:
        (small, small_unit), (large, large_unit) = figures(client, code)
        assert not re.search(r"[^\S\xa0\u202f]", small + large), code  # only non-breaking spaces
        assert (small_unit, large_unit) == (["km"], ["voyageurs/jour"]), code


def test_the_pdf_writes_the_figure_the_same_way(client, fact_sheet):
    with translation.override("fr"):
        html = render_to_string("showcase/pdf/includes/fact_sheet.html", {"fact_sheet": fact_sheet})

    assert [(number, UNIT_WORD.findall(unit)) for number, unit in NUMBER.findall(html)] == [
        ("4,6", ["km"]),
        ("30\xa0000", ["voyageurs/jour"]),
    ]
