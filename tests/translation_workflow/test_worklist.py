"""The translator's dashboard lists the translations into their languages that wait for them."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from tests.factories import OTHER_LANGUAGES, translated_page
from translation_workflow.completeness import enabled_translation_of
from translation_workflow.review import submit_for_review
from translation_workflow.worklist import worklist

from .roles_setup import (
    ENGLISH_TRANSLATORS,
    SPANISH_TRANSLATORS,
    person,
    translate_texts,
)


def worklist_rows(client):
    """``{page edit URL: text of its row}`` of the dashboard's worklist panel; None when there is no panel."""
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = re.search(r'id="translation-worklist-section".*?</section>', dashboard, re.S)
    if panel is None:
        return None
    rows = re.findall(r"<tr>(.*?)</tr>", panel.group(0), re.S)
    return {
        re.search(r'href="([^"]+)"', row).group(1): " ".join(re.sub(r"<[^>]+>", " ", row).split())
        for row in rows if "href=" in row
    }


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_the_worklist_lists_drafts_and_untranslated_texts_in_their_language(client, multilingual_site, people):
    english_theme = translated_page(multilingual_site["theme"], "en")
    english_fact_sheet = translated_page(multilingual_site["fact_sheet"], "en")
    translate_texts(english_theme).save_target(publish=False)  # a draft, every text translated, not submitted yet
    client.force_login(people["translator"])

    rows = worklist_rows(client)

    assert "Texts to translate" in rows[edit_url(english_fact_sheet)]
    assert "Draft not submitted for review" not in rows[edit_url(english_fact_sheet)]  # live
    assert rows[edit_url(english_theme)].startswith("EN Énergie")
    assert "Draft not submitted for review" in rows[edit_url(english_theme)]
    assert "Texts to translate" not in rows[edit_url(english_theme)]
    spanish_theme = translated_page(multilingual_site["theme"], "es")
    assert edit_url(spanish_theme) not in rows
    assert edit_url(multilingual_site["theme"]) not in rows


def test_translations_in_review_leave_the_list_and_come_back_when_changes_are_asked(client, multilingual_site, people):
    english = translated_page(multilingual_site["fact_sheet"], "en")
    submit_for_review(english, enabled_translation_of(english), people["translator"])
    client.force_login(people["translator"])

    assert edit_url(english) not in worklist_rows(client)

    state = english.current_workflow_state
    state.current_task_state.reject(user=people["moderator"])
    rows = worklist_rows(client)
    assert "Changes requested" in rows[edit_url(english)]
    assert list(rows)[0] == edit_url(english)  # most urgent first


def test_a_french_change_marks_the_translation_out_of_date(client, multilingual_site, people):
    french = multilingual_site["fact_sheet"]
    french.summary = "Un réseau de chaleur renouvelable."
    french.save_revision().publish()
    client.force_login(people["translator"])

    rows = worklist_rows(client)

    assert "French page changed since the last sync" in rows[edit_url(translated_page(french, "en"))]


def test_a_translator_of_several_languages_sees_them_all(client, multilingual_site, people):
    client.force_login(person("tania", ENGLISH_TRANSLATORS, SPANISH_TRANSLATORS))

    rows = worklist_rows(client)

    assert edit_url(translated_page(multilingual_site["theme"], "en")) in rows
    assert edit_url(translated_page(multilingual_site["theme"], "es")) in rows


def test_editors_and_moderators_have_no_worklist(client, people):
    for role in ("editor", "moderator"):
        client.force_login(people[role])
        assert worklist_rows(client) is None


def test_the_worklist_reads_as_many_queries_for_one_language_as_for_five(multilingual_site, people):
    def queries_for(codes):
        locales = list(Locale.objects.filter(language_code__in=codes))
        with CaptureQueriesContext(connection) as queries:
            items = worklist(locales)
        return len(queries), len(items)

    one, items_in_one = queries_for(["en"])
    five, items_in_five = queries_for(OTHER_LANGUAGES)

    assert items_in_five > items_in_one
    assert five == one
