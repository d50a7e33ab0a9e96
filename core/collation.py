"""Lists that visitors read, in the order of their language: "Économie" with the E's, Arabic in its
alphabet's order, Chinese by pinyin.

pyuca implements the Unicode Collation Algorithm with its default table, which is the order
French, English, Spanish, Portuguese and Arabic readers expect (accents and case only break ties);
pypinyin gives Chinese words their pinyin, the order of Chinese dictionaries and of ICU's default
Chinese collation. Both are pure Python: PyICU has no wheels and would need a C++ build of about a
minute on every new machine. The same order holds on SQLite, PostgreSQL and the engine.
"""

from functools import cache

import pyuca
from django.utils import translation
from pypinyin import Style, lazy_pinyin


@cache
def _collator():
    return pyuca.Collator()


def sort_key(text, language_code=None):
    """A key that sorts ``text`` as readers of ``language_code`` (the active language by default) expect."""
    text = text or ""
    uca_key = _collator().sort_key(text)
    if (language_code or translation.get_language() or "").startswith("zh"):
        return (tuple(lazy_pinyin(text, style=Style.TONE3)), uca_key)
    return ((), uca_key)


def sorted_by_title(items, language_code=None, title=lambda item: item.title):
    """``items`` sorted by their title (or ``title(item)``) in the language's order."""
    return sorted(items, key=lambda item: sort_key(title(item), language_code))
