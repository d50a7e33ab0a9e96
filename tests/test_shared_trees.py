"""The shared trees: each test gets its tree as built, and no test that did not ask for a tree sees one.

The first two tests run one after the other (conftest.py gathers the tests of each tree); the last
one runs after other tests have built and used trees.
"""

import pytest
from wagtail.models import Locale

from home.models import HomePage
from themes.models import ThemePage


def test_a_test_may_change_the_pages_of_its_tree(bilingual_site):
    theme = bilingual_site["theme"]
    theme.title = "Mobilité durable"
    theme.save_revision().publish()
    bilingual_site["country"].title = "Changed in memory only"

    assert ThemePage.objects.get(pk=theme.pk).title == "Mobilité durable"


def test_the_next_test_gets_the_tree_as_it_was_built(bilingual_site):
    assert ThemePage.objects.get(pk=bilingual_site["theme"].pk).title == "Mobilité"
    assert bilingual_site["theme"].title == "Mobilité"
    assert bilingual_site["country"].title == "Brésil"


@pytest.mark.django_db
def test_a_test_without_a_tree_sees_the_migrated_database_only():
    assert not HomePage.objects.exists()
    assert list(Locale.objects.values_list("language_code", flat=True)) == ["fr"]
