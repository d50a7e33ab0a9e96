"""Content trees built once and shared by the tests that ask for them, each test in its own savepoint.

A tree (``site_tree``, ``bilingual_site``...) is built the first time a test asks for its fixture,
inside a transaction that stays open while the following tests use it. pytest-django's ``db`` runs
each of them in a savepoint rolled back after the test, so a test may change pages freely. The
transaction is rolled back before any test that did not ask for the tree: no other test ever sees
it (the transactional browser tests, the demo loader's tests). conftest.py runs the tests of each
tree one after the other, so that each tree is built once per session.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Model
from django.utils import translation


@dataclass(frozen=True)
class Tree:
    build: Callable[[], dict]  # returns ``{name: page, or a dict of pages}``
    includes: frozenset = field(default_factory=frozenset)  # smaller trees whose pages it has too


class SharedTreeError(RuntimeError):
    pass


def wanted_tree(trees, fixture_names):
    """The one tree a test needs: the largest of those its fixtures ask for."""
    asked = [name for name in trees if name in fixture_names]
    largest = [name for name in asked if set(asked) - {name} <= trees[name].includes]
    if asked and not largest:
        raise SharedTreeError(f"a test can use one shared tree only, not {asked}")
    return largest[0] if largest else None


class SharedTrees:
    """The tree whose transaction is open, if any, and how to switch to another one."""

    def __init__(self, trees, db_blocker):
        self.trees = trees
        self.db_blocker = db_blocker
        self.active = None
        self.built = []  # (tree name, seconds) for the end-of-session summary
        self._pages = None
        self._transaction = None

    def use(self, name):
        """Make ``name`` the active tree (None: no tree), rolling the active one back first if it is another."""
        if name == self.active:
            return
        self.release()
        if name is not None:
            self._build(name)

    def _build(self, name):
        if connection.in_atomic_block:
            raise SharedTreeError(f"{name} must be built before any other transaction is open (a fixture's?)")
        started = time.perf_counter()
        with self.db_blocker.unblock(), translation.override(settings.LANGUAGE_CODE):
            self._transaction = transaction.atomic()
            self._transaction.__enter__()
            try:
                self._pages = self.trees[name].build()
                analyze_tables()
            except BaseException:
                self.release()
                raise
        self.active = name
        self.built.append((name, time.perf_counter() - started))
        cache.clear()

    def release(self):
        """Roll the active tree back, so that the next test starts from the migrated database."""
        if self._transaction is None:
            return
        with self.db_blocker.unblock():
            transaction.set_rollback(True)
            self._transaction.__exit__(None, None, None)
        self._transaction = self._pages = self.active = None
        cache.clear()  # Wagtail caches site root paths; they may point to the rolled-back pages

    def pages(self, name, keys=None):
        """Fresh copies of the active tree's pages (``keys`` only, if given): a previous test may have changed its copies."""
        if self.active is None or (self.active != name and name not in self.trees[self.active].includes):
            raise SharedTreeError(f"{name} is not built: request its fixture by name, not with getfixturevalue()")
        cache.clear()
        pages = self._pages if keys is None else {key: self._pages[key] for key in keys}
        return fresh(pages)


def analyze_tables():
    """Let PostgreSQL's planner see the tree: its statistics would otherwise describe empty tables."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def fresh(value):
    """``value`` with every model instance read again from the database."""
    if isinstance(value, dict):
        return {key: fresh(item) for key, item in value.items()}
    if isinstance(value, Model):
        return type(value)._default_manager.get(pk=value.pk)
    return value
