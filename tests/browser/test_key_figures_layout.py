"""No word broken inside a key figure, on a desktop and a phone, left to right and right to left."""

import pytest

from showcase.models import FactSheetKeyFigure
from tests.factories import FactSheetPageFactory, add_locales, build_site, translate
from tests.factories.sites import ensure_migration_data

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Every number and every word of a unit: whether the browser split it across two lines, and whether
# it stays inside its box (a number's groups are joined by non-breaking spaces: one piece).
MEASURE = """() => [...document.querySelectorAll('.key-figures__number, .key-figures__word')].map((piece) => {
    const box = piece.closest('.key-figures__item').getBoundingClientRect();
    const own = piece.getBoundingClientRect();
    const lines = new Set([...piece.getClientRects()].map((line) => Math.round(line.top))).size;
    return {text: piece.textContent, lines, inside: own.left >= box.left - 1 && own.right <= box.right + 1};
})"""


def test_figures_never_break_inside_a_word(page):
    ensure_migration_data()  # a transactional test before this one flushed the tables
    add_locales("fr", "ar", "zh-hans")
    site = build_site()
    fact_sheet = FactSheetPageFactory(
        parent=site["fact_sheet_index"], title="Téléphérique", slug="telepherique",
        key_figures=[("30000", "voyageurs/jour", "en semaine"), ("4.6", "km", "de ligne"), ("1200000", "t éq. CO2", "évitées")],
    )
    for code in ("ar", "zh-hans"):
        for name in ("home", "fact_sheet_index"):
            translate(site[name], code)
        translate(fact_sheet, code)
    chinese = fact_sheet.get_translation(add_locales("zh-hans")["zh-hans"])
    FactSheetKeyFigure.objects.filter(page=chinese, unit="voyageurs/jour").update(unit="人次/日")

    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 900})
        for code in ("fr", "ar", "zh-hans"):
            page.goto(f"/{code}/realisations/telepherique/")
            pieces = page.evaluate(MEASURE)
            assert len(pieces) == 8, (code, pieces)  # 3 numbers, 5 words of units
            for piece in pieces:
                assert piece["lines"] == 1 and piece["inside"], (width, code, piece)
