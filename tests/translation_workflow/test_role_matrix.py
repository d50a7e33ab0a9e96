"""Every role × every action of the translation workflow, tried through the real admin URLs.

Each action answers whether the admin let the person do it, judged by what they would see: the page
opens, or the change happened; a refusal is Wagtail's 403 or its "permission denied" return to the
dashboard.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from search.models import Promotion
from tests.factories import translated_page
from translation_workflow.completeness import enabled_translation_of
from translation_workflow.review import submit_for_review

from .roles_setup import refused, team, translate_texts


def edit(client, page):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def edit_french_page(client, world):
    return edit(client, world["french"]).status_code == 200


def edit_own_language_translation(client, world):
    response = edit(client, world["english"])
    return response.status_code == 200 and "js-translation-editor" in response.content.decode()


def edit_other_language_translation(client, world):
    response = edit(client, world["spanish"])
    return response.status_code == 200 and "js-translation-editor" in response.content.decode()


def publish_translation(client, world):
    with world["committing"](execute=True):  # wagtail-localize publishes once the transaction commits
        client.post(reverse("wagtailadmin_pages:edit", args=[world["draft"].pk]), {"action": "publish"})
    return Page.objects.get(pk=world["draft"].pk).live


def delete_translation(client, world):
    response = client.get(reverse("wagtailadmin_pages:delete", args=[world["draft"].pk]))
    if refused(response):
        return False
    client.post(reverse("wagtailadmin_pages:delete", args=[world["draft"].pk]), {"confirm_site_name": "Vivapolis"})
    return not Page.objects.filter(pk=world["draft"].pk).exists()


def stop_synchronisation(client, world):
    translation = enabled_translation_of(world["draft"])
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    return not type(translation).objects.get(pk=translation.pk).enabled


def convert_to_alias(client, world):
    client.post(reverse("wagtail_localize:convert_to_alias", args=[world["draft"].pk]))
    return Page.objects.get(pk=world["draft"].pk).alias_of_id == world["french"].pk


def submit_for_translation(client, world):
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[world["french"].pk]))
    return response.status_code == 200


def sync_translations(client, world):
    source = TranslationSource.objects.get_for_instance(world["french"])
    return client.get(reverse("wagtail_localize:update_translations", args=[source.pk])).status_code == 200


def submit_for_review_action(client, world):
    client.post(reverse("submit_translation_for_review", args=[world["draft"].pk]))
    return Page.objects.get(pk=world["draft"].pk).workflow_in_progress


def approve(client, world):
    draft = world["draft"]
    submit_for_review(draft, enabled_translation_of(draft), world["people"]["translator"])
    task_state = Page.objects.get(pk=draft.pk).current_workflow_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]))
    return Page.objects.get(pk=draft.pk).live


def manage_promoted_results(client, world):
    if client.get(reverse("promoted_results:index")).status_code != 200:
        return False
    client.post(
        reverse("promoted_results:add"),
        {
            "locale": world["french"].locale_id, "query_string": "tramway",
            "pages-TOTAL_FORMS": "1", "pages-INITIAL_FORMS": "0", "pages-MIN_NUM_FORMS": "1", "pages-MAX_NUM_FORMS": "1000",
            "pages-0-page": world["french"].pk, "pages-0-description": "", "pages-0-ORDER": "1",
        },
    )
    return Promotion.objects.filter(query_string="tramway", pages__page=world["french"]).exists()


def open_translation_report(client, world):
    return client.get(reverse("translation_status_report")).status_code == 200


ACTIONS = {
    "edit a French page": edit_french_page,
    "edit a translation into their language": edit_own_language_translation,
    "edit a translation into another language": edit_other_language_translation,
    "publish a translation": publish_translation,
    "delete a draft translation": delete_translation,
    "stop synchronising a translation": stop_synchronisation,
    "turn a translation into an alias of the French page": convert_to_alias,
    "submit a page for translation": submit_for_translation,
    "sync translations": sync_translations,
    "submit a translation for review": submit_for_review_action,
    "approve a translation": approve,
    "manage promoted search results": manage_promoted_results,
    "open the translation report": open_translation_report,
}
# What each role may do (True) or not (False), in the order of ACTIONS.
MATRIX = {
    "editor": (True, False, False, False, False, False, False, True, True, False, False, True, True),
    "moderator": (True, True, True, True, True, True, True, True, True, True, True, True, True),
    "translator": (False, True, False, False, False, False, False, False, False, True, False, False, True),
}
CASES = [
    pytest.param(role, action, allowed, id=f"{role}-{action.replace(' ', '-')}")
    for role, row in MATRIX.items()
    for action, allowed in zip(ACTIONS, row, strict=True)
]


@pytest.fixture
def world(multilingual_site, django_capture_on_commit_callbacks):
    """A French fact sheet, its English translation (every text translated, not published), a Spanish theme; one person per role."""
    site = multilingual_site
    english = translated_page(site["fact_sheet"], "en")
    english.unpublish()
    translate_texts(english)
    return {
        "people": team(),
        "committing": django_capture_on_commit_callbacks,
        "french": site["fact_sheet"],
        "english": english,
        "spanish": translated_page(site["theme"], "es"),
        "draft": english,
    }


@pytest.mark.parametrize(("role", "action", "allowed"), CASES)
def test_role_may_or_may_not(client, world, role, action, allowed):
    client.force_login(world["people"][role])

    assert ACTIONS[action](client, world) is allowed
