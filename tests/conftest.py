"""Fixtures every test package shares, and the hooks that build each shared content tree once.

``site_tree``, ``bilingual_site``, ``multilingual_site`` and ``crowded_listings`` are built once per
session and rolled back per test (tests/shared_trees.py); a test asks for one of them by name.
"""

import os
from collections import defaultdict
from types import SimpleNamespace

import hypothesis
import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from tests.core.hidden_pages import build_hidden_pages_site
from tests.factories import (
    SITE_KEYS,
    add_locales,
    build_bilingual_site,
    build_crowded_listings,
    build_multilingual_site,
    build_site_tree,
)
from tests.factories.editing import set_admin_language
from tests.factories.search_corpus import (
    build_chinese_search_corpus,
    build_search_corpus,
)
from tests.shared_trees import SharedTrees, Tree, wanted_tree

# The shared trees, by fixture name, and the smaller trees whose pages each one has too.
TREES = {
    "site_tree": Tree(build_site_tree),
    "bilingual_site": Tree(build_bilingual_site, includes=frozenset({"site_tree"})),
    "multilingual_site": Tree(build_multilingual_site, includes=frozenset({"site_tree"})),
    "crowded_listings": Tree(build_crowded_listings, includes=frozenset({"site_tree"})),
    "hidden_pages_site": Tree(build_hidden_pages_site, includes=frozenset({"site_tree", "multilingual_site"})),
    "search_corpus": Tree(build_search_corpus, includes=frozenset({"site_tree"})),
    "chinese_search_corpus": Tree(build_chinese_search_corpus, includes=frozenset({"site_tree", "search_corpus"})),
}
SHARED_TREES = pytest.StashKey[SharedTrees]()

# Property-based tests: a quick look in `make test`, the full fuzzing (>= 5,000 requests) in CI.
hypothesis.settings.register_profile("dev", max_examples=40)
hypothesis.settings.register_profile("ci", max_examples=5000)
hypothesis.settings.register_profile("ci-second-database", max_examples=500)


def hypothesis_profile():
    """5,000 fuzzed requests in CI's run on the embedded default; CI's PostgreSQL run repeats a tenth."""
    if os.environ.get("CI", "").lower() != "true":
        return "dev"
    return "ci-second-database" if os.environ.get("DATABASE_URL") else "ci"


hypothesis.settings.load_profile(hypothesis_profile())


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    caches["renditions"].clear()  # their files were in an earlier test's media folder


@pytest.fixture(autouse=True)
def _source_language():
    """Each test starts in French, whatever language a previous request or test activated."""
    with translation.override("fr"):
        yield


@pytest.fixture
def locales(db):
    """fr (the source) and en, as content locales."""
    return add_locales("fr", "en")


@pytest.fixture
def all_locales(db):
    """Every language of the site as a content locale, French first."""
    return add_locales(*(code for code, _name in settings.LANGUAGES))


@pytest.fixture(scope="session")
def shared_trees(pytestconfig, django_db_setup, django_db_blocker):
    trees = SharedTrees(TREES, django_db_blocker)
    pytestconfig.stash[SHARED_TREES] = trees
    yield trees
    trees.release()  # before the test database is destroyed


@pytest.fixture
def site_tree(db, shared_trees):
    """The French home page, root of the default site, and its five index pages; fr and en locales."""
    return shared_trees.pages("site_tree", keys=SITE_KEYS)


@pytest.fixture
def bilingual_site(db, shared_trees):
    """One page of every type in French and English (tests/factories/sites.py)."""
    return shared_trees.pages("bilingual_site")


@pytest.fixture
def multilingual_site(db, shared_trees):
    """The site in six languages, with a theme, a country and a fact sheet in French and English only."""
    return shared_trees.pages("multilingual_site")


@pytest.fixture
def hidden_pages_site(db, shared_trees):
    """``multilingual_site`` plus pages visitors may not see, of every type, and public pages linking them
    (tests/core/hidden_pages.py)."""
    return shared_trees.pages("hidden_pages_site")


@pytest.fixture
def crowded_listings(db, shared_trees):
    """Listings of 10 and of 100 fact sheets, for the query-count tests."""
    return shared_trees.pages("crowded_listings")


@pytest.fixture
def search_corpus(db, shared_trees):
    """``site_tree`` and the search tests' themes, countries, programme, fact sheets and news, by name
    (``corpus.tram``; tests/factories/search_corpus.py)."""
    return SimpleNamespace(**shared_trees.pages("search_corpus"))


@pytest.fixture
def chinese_search_corpus(db, shared_trees):
    """``search_corpus`` with its heat network and bus sheets translated into Chinese (``corpus.heat_zh``)."""
    return SimpleNamespace(**shared_trees.pages("chinese_search_corpus"))


# Package-scoped builds as costly as a tree: pytest tears them down, and builds them again, whenever a
# test of another package runs between two of their tests.
COSTLY_PACKAGE_FIXTURES = ("demo_run",)


def built_content(item):
    """The shared tree or costly package build a test needs, if any: its tests are run together."""
    tree = wanted_tree(TREES, item.fixturenames)
    return tree or next((name for name in COSTLY_PACKAGE_FIXTURES if name in item.fixturenames), None)


def pytest_itemcollected(item):
    """With ``-n`` (pytest-xdist, ``--dist loadgroup``), the tests of each built content go to one worker.

    Marked as each test is collected: pytest-xdist reads the marks in its own collection hook.
    """
    content = built_content(item)
    if content is not None:
        item.add_marker(pytest.mark.xdist_group(content))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the tests of each shared tree one after the other (after pytest-django's ordering), so that each is built once."""
    by_content = defaultdict(list)
    for item in items:
        by_content[built_content(item)].append(item)
    gathered = []
    for item in items:
        content = built_content(item)
        if content is None:
            gathered.append(item)
        elif content in by_content:
            gathered += by_content.pop(content)
    items[:] = gathered


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before any fixture of a test that does not use the active tree, roll that tree back."""
    trees = item.config.stash.get(SHARED_TREES, None)
    if trees is not None and trees.active != wanted_tree(TREES, item.fixturenames):
        trees.release()


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """Build the test's tree just before pytest-django opens the test's own transaction.

    ``_django_db_helper`` is the pytest-django fixture behind ``db``, ``transactional_db`` and the
    ``django_db`` mark: whichever way a test gets the database, its tree is ready first.
    """
    if fixturedef.argname == "_django_db_helper":
        request.getfixturevalue("shared_trees").use(wanted_tree(TREES, request.node.fixturenames))
    return (yield)


def pytest_terminal_summary(terminalreporter, config):
    trees = config.stash.get(SHARED_TREES, None)
    if trees is not None and trees.built:
        built = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in trees.built)
        terminalreporter.write_line(f"Shared trees built: {built}")


@pytest.fixture
def english_admin(admin_client, admin_user):
    """A superuser whose admin speaks English, so that messages read as in the code."""
    set_admin_language(admin_user, "en")
    return admin_client
