"""load_demo translates through the translators' own path, and keeps in French what the catalogue
does not translate (yet): a changed French text is reported, not translated with a stale entry."""

from io import StringIO

import polib
import pytest
from django.core.management import call_command
from wagtail.models import Locale

from core.models import StandardPage
from core.slugs import translated_slug
from demo import content as demo_content
from demo.catalogues import DemoCatalogue
from demo.management.commands import load_demo
from translation_workflow import po_import

from .helpers import OTHER_LANGUAGES, french

pytestmark = pytest.mark.django_db

SITE_MAP_TEXT = "Cette page présente l'ensemble des rubriques du site et leurs pages."
CHANGED_TEXT = "Cette page présente toutes les rubriques du site, et chacune de leurs pages."


def content_with_a_changed_site_map_text():
    content = demo_content.load_content()
    site_map = next(page for page in content.standard_pages if page["slug"] == "plan-du-site")
    assert site_map["body"] == [{"p": SITE_MAP_TEXT}]
    site_map["body"] = [{"p": CHANGED_TEXT}]
    return content


@pytest.fixture
def rebuilt_site_map(demo_run, monkeypatch):
    """The site map page deleted in every language, then load_demo run again on changed French data,
    with a spy on the shared PO import."""
    source = french(StandardPage).get(slug="plan-du-site")
    for page in [*source.get_translations(), source]:
        page.delete()
    imports = []

    def spy(translation, po, user=None):
        imports.append((translation.target_locale.language_code, polib.pofile(str(po))))
        return real_import(translation, po, user)

    real_import = po_import.import_po
    monkeypatch.setattr(po_import, "import_po", spy)
    monkeypatch.setattr(load_demo, "load_content", content_with_a_changed_site_map_text)
    output = StringIO()
    call_command("load_demo", "--skip-index", stdout=output)
    return output.getvalue(), imports


def test_a_changed_french_text_stays_in_french_and_is_reported(rebuilt_site_map):
    output, _imports = rebuilt_site_map

    site_map = french(StandardPage).get(slug="plan-du-site")
    for code in ("en", *OTHER_LANGUAGES):
        translated = site_map.get_translation(Locale.objects.get(language_code=code))
        assert translated.live
        assert translated.title != "Plan du site", code
        assert [block.value.source for block in translated.body] == [f"<p>{CHANGED_TEXT}</p>"], code
        assert f"1 text kept in French in {code}" in output
    assert output.count(CHANGED_TEXT) == 5


def test_each_translation_is_imported_through_the_checked_po_import(rebuilt_site_map):
    _output, imports = rebuilt_site_map

    assert sorted(code for code, _po in imports) == sorted(["en", *OTHER_LANGUAGES])
    for code, po in imports:
        assert po.metadata["X-WagtailLocalize-TranslationID"]
        entries = {entry.msgid: entry.msgstr for entry in po}
        assert entries[CHANGED_TEXT] == ""
        assert entries["Plan du site"] not in ("", "Plan du site")
        # The slug comes from the translated title (``site-map`` in English); Arabic and Chinese keep the French one.
        assert entries["plan-du-site"] == translated_slug(entries["Plan du site"], "plan-du-site", code)
    assert {code: po.find("plan-du-site").msgstr for code, po in imports if code in ("en", "ar")} == {
        "en": "site-map", "ar": "plan-du-site"
    }


def test_a_fuzzy_or_empty_entry_gives_no_translation():
    catalogue = polib.POFile()
    catalogue.append(polib.POEntry(msgid="Énergie", msgstr="Energy"))
    catalogue.append(polib.POEntry(msgid="Mobilité", msgstr="Mobility", flags=["fuzzy"]))
    catalogue.append(polib.POEntry(msgid="Numérique", msgstr=""))
    catalogue.append(polib.POEntry(msgid="Financement", msgstr="Funding", msgctxt="themes.toml:financement"))

    demo_catalogue = DemoCatalogue(catalogue)

    assert demo_catalogue.translation_of("Énergie") == "Energy"
    assert demo_catalogue.translation_of("Mobilité") is None
    assert demo_catalogue.translation_of("Numérique") is None
    assert demo_catalogue.translation_of("Financement", "themes.toml:financement") == "Funding"
    assert demo_catalogue.translation_of("Financement", "programmes.toml:pia") is None
