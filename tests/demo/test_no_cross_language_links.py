"""A delegation never meets French by accident: every internal link of a page in language X leads to
a page in language X, in every language of the demo, whatever order the translations were made in
(load_demo works top-down: the home page is translated before the sections it links to).

Only the language switcher, ``hreflang`` alternates and links marked with ``hreflang`` (a page
not translated yet, listed in its own language) may lead to another language.
"""

import pytest

from .crawling import LANGUAGES, internal_page_path, language_of

pytestmark = pytest.mark.django_db


def test_the_crawl_reaches_every_language(crawled):
    languages = {page.language for page in crawled.values() if page}
    assert {code.lower() for code in LANGUAGES} <= {code.lower() for code in languages}
    assert len(crawled) > 300


def test_no_internal_link_leads_to_another_language_unmarked(crawled):
    crossing = []
    for path, page in crawled.items():
        if page is None or language_of(path) is None:
            continue
        for href, hreflang in page.links:
            target = internal_page_path(href)
            target_language = language_of(target) if target else None
            if target_language and target_language != language_of(path) and hreflang != target_language.lower():
                crossing.append(f"{path} -> {href}")
    assert not crossing, f"{len(crossing)} links lead to another language unmarked, e.g.:\n" + "\n".join(crossing[:15])
