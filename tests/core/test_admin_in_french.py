"""An editor whose admin speaks French reads the project's own admin screens in French: no text of
the project's catalogue is left in English on the pages it adds or customises."""

import re
from html import unescape
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories.editing import set_admin_language

pytestmark = pytest.mark.django_db

FRENCH_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"
TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S)


def project_english_texts():
    """The project's msgids that read as English sentences once French (several words, no placeholder)."""
    texts = set()
    for entry in polib.pofile(str(FRENCH_CATALOGUE)):
        msgid = entry.msgid
        if entry.msgstr and entry.msgstr != msgid and " " in msgid and len(msgid) >= 12 and "%" not in msgid and "{" not in msgid:
            texts.add(msgid)
    return texts


def visible_text(html):
    return " ".join(unescape(TAG.sub(" ", html)).split())


@pytest.fixture
def french_admin(admin_client, admin_user):
    set_admin_language(admin_user, "fr")
    return admin_client


def admin_addresses(site):
    edit = lambda name: reverse("wagtailadmin_pages:edit", args=[site[name].pk])  # noqa: E731
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "translations report": reverse("translation_status_report"),
        "translate a theme with its fact sheets": reverse("translate_with_companions", args=[site["theme"].pk]),
        "site chrome settings": reverse("wagtailsettings:edit", args=["core", "sitechrome"]),
        **{f"edit {name}": edit(name) for name in ("home", "theme", "programme", "country", "fact_sheet", "organisation",
                                                  "news", "event", "standard")},
        "edit an English fact sheet": reverse("wagtailadmin_pages:edit", args=[site["en"]["fact_sheet"].pk]),
        "submit a translation for review": reverse("submit_translation_for_review", args=[site["en"]["fact_sheet"].pk]),
        "unpublish a French page with translations": reverse("wagtailadmin_pages:unpublish", args=[site["news"].pk]),
        "promoted results": reverse("promoted_results:index"),
        "add promoted results": reverse("promoted_results:add"),
        "most searched terms": reverse("search_terms:index"),
    }


def test_the_projects_admin_screens_have_no_english_left(french_admin, bilingual_site):
    english = project_english_texts()
    assert len(english) > 100, "the French catalogue lost its entries?"
    leftovers = {}
    for name, url in admin_addresses(bilingual_site).items():
        response = french_admin.get(url, follow=True)
        assert response.status_code == 200, (name, response.status_code)
        text = visible_text(response.content.decode())
        found = sorted(msgid for msgid in english if msgid in text)
        if found:
            leftovers[name] = found
    assert not leftovers, f"English left on French admin screens: {leftovers}"
