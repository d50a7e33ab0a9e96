"""PDFs in every language are drawn with the fonts the project installs: no empty box, the right faces.

WeasyPrint draws a character no font has as the empty ``.notdef`` glyph and logs it; these tests read
those log records glyph by glyph, and the fonts the PDF embeds.
"""

import logging
import threading

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from wagtail.rich_text import RichText

from showcase import pdf
from showcase.pdf import glyphs, languages
from showcase.pdf import views as pdf_views
from tests import factories
from tests.showcase.pdf_support import (
    EXPECTED_FONT_FAMILIES,
    assert_drawn_in_the_language_fonts,
    notdef_characters,
    pdf_language,
    read_pdf,
    require_pdf_fonts,
)

# A theme title, a fact sheet title, its summary and a paragraph, written in each language.
TEXTS = {
    "fr": ("Énergie", "Réseau de chaleur urbain", "Une chaufferie à biomasse chauffe 4 000 logements.", "Œuvre commune : « chaleur » d'été, à 95 %."),
    "en": ("Energy", "District heating network", "A biomass boiler heats 4,000 homes.", "Heat stored in summer — used in winter."),
    "es": ("Energía", "Red de calefacción urbana", "Una caldera de biomasa calienta 4000 viviendas.", "¿Cómo? Con leña local, año tras año."),
    "pt": ("Energia", "Rede de aquecimento urbano", "Uma caldeira a biomassa aquece 4 000 habitações.", "Ação conjunta: calor não desperdiçado."),
    "ar": ("الطاقة", "شبكة التدفئة الحضرية", "مرجل يعمل بالكتلة الحيوية يدفئ 4000 مسكن.", "حرارة تُخزَّن صيفاً، وتُستعمل شتاءً؟ نعم، ١٢ شهراً."),
    "zh-hans": ("能源", "城市供热网络", "生物质锅炉为四千户住宅供暖。", "夏季储存热量，冬季使用：节能百分之三十！"),
}
UNDRAWABLE = "\ue000"  # a private-use character: no installed font has it


@pytest.fixture(autouse=True)
def _fonts_checked_afresh():
    """Each test renders its PDFs and its languages' samples itself, and leaves no verdict behind."""
    require_pdf_fonts()
    cache.clear()
    languages.undrawable_characters.cache_clear()
    yield
    languages.undrawable_characters.cache_clear()


def address(view_name, page):
    with translation.override(page.locale.language_code):
        return reverse(f"showcase:{view_name}", args=[page.pk])


def written_in(site, language):
    """The site's theme and fact sheet, translated into ``language`` by a translator and published."""
    theme_title, title, summary, paragraph = TEXTS[language]
    theme, fact_sheet = site["theme"], site["fact_sheet"]
    if language != "fr":
        theme, fact_sheet = factories.translate(theme, language, publish=False), factories.translate(fact_sheet, language, publish=False)
    theme.title = theme_title
    theme.save_revision().publish()
    fact_sheet.title, fact_sheet.summary = title, summary
    fact_sheet.body = [("paragraph", RichText(f"<p>{paragraph}</p>"))]
    fact_sheet.save_revision().publish()
    return theme, fact_sheet


@pytest.mark.django_db
@pytest.mark.parametrize("language", EXPECTED_FONT_FAMILIES)
def test_fact_sheet_and_booklet_draw_every_character_in_the_language_fonts(client, multilingual_site, language, caplog):
    theme, fact_sheet = written_in(multilingual_site, language)

    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        fact_sheet_pdf = read_pdf(client.get(address("fact_sheet_pdf", fact_sheet)))
        booklet_pdf = read_pdf(client.get(address("booklet_pdf", theme)))

    assert notdef_characters(caplog) == []
    for reader in (fact_sheet_pdf, booklet_pdf):
        assert pdf_language(reader) == language
        assert_drawn_in_the_language_fonts(reader, language)
    assert fact_sheet_pdf.metadata.title.startswith(TEXTS[language][1])
    assert len(booklet_pdf.pages) == 3  # cover, contents, the fact sheet


@pytest.mark.django_db
def test_text_no_font_can_draw_is_refused_with_503_and_logged_once(client, site_tree, monkeypatch, caplog):
    monkeypatch.setattr(pdf_views, "_REFUSALS_LOGGED", set())
    index = site_tree["fact_sheet_index"]
    sheets = [
        factories.FactSheetPageFactory(parent=index, title=f"Logo {character} du réseau", slug=f"logo-{number}")
        for number, character in enumerate((UNDRAWABLE, "\ue001"))
    ]

    with caplog.at_level(logging.WARNING):
        responses = [client.get(address("fact_sheet_pdf", sheet)) for sheet in (sheets[0], sheets[0], sheets[1])]

    with translation.override("fr"):
        message = translation.gettext("This PDF cannot be made in this language on this server: the installed fonts cannot draw all its characters.")
    for response in responses:
        assert response.status_code == 503
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert response.content.decode() == message
    refusals = [record.getMessage() for record in caplog.records if record.name == "showcase.pdf.views"]
    assert len(refusals) == 1, refusals  # once per language, not at every request
    assert "fr" in refusals[0] and "U+E000" in refusals[0]
    assert notdef_characters(caplog) == [UNDRAWABLE, "\ue001"]  # the third request rendered again, the second did not


@pytest.mark.django_db
def test_language_whose_sample_cannot_be_drawn_gets_no_pdf_action(client, multilingual_site, monkeypatch, caplog):
    real_sample = languages.language_sample
    monkeypatch.setattr(languages, "language_sample", lambda code: real_sample(code) + (UNDRAWABLE if code == "ar" else ""))
    french_theme = multilingual_site["theme"]
    arabic_theme = factories.translated_page(french_theme, "ar")

    with caplog.at_level(logging.WARNING):
        arabic_pages = [client.get(arabic_theme.url).content.decode() for _visit in range(2)]
        french_page = client.get(french_theme.url).content.decode()
        arabic_pdf = client.get(address("booklet_pdf", arabic_theme))

    assert all(address("booklet_pdf", arabic_theme) not in page for page in arabic_pages)
    assert address("booklet_pdf", french_theme) in french_page
    assert arabic_pdf.status_code == 503
    reasons = [record.getMessage() for record in caplog.records if record.name == "showcase.pdf.languages"]
    assert len(reasons) == 1, reasons  # once per process, however many pages
    assert "ar" in reasons[0] and "U+E000" in reasons[0]


def test_renders_in_other_threads_do_not_mix_their_missing_characters():
    """Several requests render at once under gunicorn's threads: each refusal names only its own characters."""
    documents = {character: f'<html lang="fr"><body><p>Texte {character}</p></body></html>' for character in ("a", UNDRAWABLE, "\ue001")}
    results = {}

    def render(character):
        try:
            results[character] = pdf.render_pdf(documents[character], base_url=None)[:5]
        except glyphs.UndrawableText as refusal:
            results[character] = refusal.characters

    threads = [threading.Thread(target=render, args=[character]) for character in documents for _copy in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert results == {"a": b"%PDF-", UNDRAWABLE: frozenset(UNDRAWABLE), "\ue001": frozenset("\ue001")}
