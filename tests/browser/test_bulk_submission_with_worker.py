"""An editor submits a theme with its fact sheets into three languages, in a real browser, with the real
worker beside the web server (as `make run` starts them): the answer comes at once, the report lists
every page submitted, and the translations appear in it once the worker has made them."""

import re
import time

import pytest

from tests.background.processes import manage, migrated_site_environment, query, start_web_server, start_worker, stop, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.database_independent]

PASSWORD = "bulk-submission-password"
LANGUAGES = ("English", "Español", "Português")  # each in its own name, as the admin lists them
FACT_SHEETS = ("Réseau de chaleur 1", "Réseau de chaleur 2", "Réseau de chaleur 3")
BUILD_THE_SITE = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile
from tests.factories import FactSheetPageFactory, ThemePageFactory, build_site, translate
from translation_workflow.roles import setup_roles
site = build_site()
for code in ("en", "es", "pt"):
    for name in ("home", "theme_index", "fact_sheet_index"):
        translate(site[name], code)
theme = ThemePageFactory(parent=site["theme_index"], title="Énergie", slug="energie")
for title in {FACT_SHEETS!r}:
    FactSheetPageFactory(parent=site["fact_sheet_index"], title=title, themes=[theme])
setup_roles()
editor = get_user_model().objects.create_user("elise", "elise@vivapolis.example", {PASSWORD!r})
editor.groups.set([Group.objects.get(name="Editors")])
profile = UserProfile.get_for_user(editor)
profile.preferred_language = "en"
profile.save()
print(theme.pk)
"""
TRANSLATED_PAGES = """
SELECT COUNT(*) FROM wagtailcore_page AS page JOIN wagtailcore_locale AS locale ON locale.id = page.locale_id
WHERE locale.language_code IN ('en', 'es', 'pt') AND page.translation_key IN (
    SELECT translation_key FROM wagtailcore_page WHERE title = 'Énergie' OR title LIKE 'Réseau de chaleur %')
"""


@pytest.fixture
def running_site(tmp_path):
    environment = migrated_site_environment(tmp_path)
    theme_id = int(manage(environment, "shell", "-c", BUILD_THE_SITE).strip().splitlines()[-1])
    base_url, web = start_web_server(environment, tmp_path)
    worker = start_worker(environment, tmp_path, "worker")
    yield environment, base_url, theme_id
    stop(worker)
    stop(web)


def test_the_editor_gets_an_answer_at_once_and_the_worker_makes_the_translations(browser, running_site, tmp_path):
    environment, base_url, theme_id = running_site
    tab = browser.new_context(base_url=base_url, locale="en-GB").new_page()
    tab.set_default_timeout(15000)
    tab.goto("/admin/login/")
    tab.fill("input[name='username']", "elise")
    tab.fill("input[name='password']", PASSWORD)
    tab.click("button[type='submit']")
    tab.wait_for_url(re.compile(r"/admin/$"))
    tab.goto(f"/admin/translate-with-companions/{theme_id}/")
    for language in LANGUAGES:
        tab.get_by_label(language).check()

    started = time.perf_counter()
    with tab.expect_navigation():
        tab.locator("main form button[type='submit']").click()
    answered_in = time.perf_counter() - started

    assert answered_in < 2, f"the submission took {answered_in:.1f} s"
    assert "being prepared in the background" in tab.locator(".messages").inner_text()
    report_titles = tab.locator("main table.listing tbody th[scope='row'] > a:first-child").all_inner_texts()
    assert sorted(report_titles) == sorted(["Énergie", *FACT_SHEETS])
    made = wait_for(lambda: query(environment, TRANSLATED_PAGES) == [(12,)], 90)
    assert made, (tmp_path / "worker.log").read_text()[-3000:]
    tab.reload()
    for language_code in ("en", "es", "pt"):
        statuses = tab.locator(f"main table.listing tbody td[data-locale='{language_code}']")
        assert statuses.count() == 4
        assert "missing" not in {statuses.nth(n).get_attribute("data-status") for n in range(4)}
    tab.context.close()
