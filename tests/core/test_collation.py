"""Lists read by visitors follow their language's order, not the order of character codes."""

import re

import pytest

from core.collation import sort_key, sorted_by_title
from tests.factories import CountryPageFactory


def in_order(words, language):
    return sorted(words, key=lambda word: sort_key(word, language))


def test_accented_capitals_sort_with_their_letter_in_french():
    words = ["Zambie", "États-Unis", "Économie", "Espagne", "Eau", "Égypte", "Œuvre", "Oman"]

    assert in_order(words, "fr") == ["Eau", "Économie", "Égypte", "Espagne", "États-Unis", "Œuvre", "Oman", "Zambie"]


def test_arabic_follows_the_arabic_alphabet():
    # alif, ba, jim, mim, ta, in alphabetical order; code points would put tāʾ (ت) before jīm (ج) too,
    # but put the hamza-carrying alif (أ) after the plain one: the collation ignores the hamza.
    words = ["مصر", "تونس", "البرازيل", "أمريكا", "الجزائر"]

    assert in_order(words, "ar") == ["أمريكا", "البرازيل", "الجزائر", "تونس", "مصر"]


def test_chinese_follows_pinyin():
    words = ["中国", "巴西", "摩洛哥", "越南", "阿尔及利亚", "法国"]

    # ā'ěrjílìyà, bāxī, fǎguó, móluògē, yuènán, zhōngguó
    assert in_order(words, "zh-hans") == ["阿尔及利亚", "巴西", "法国", "摩洛哥", "越南", "中国"]


def test_titles_sort_in_the_given_language():
    class Item:
        def __init__(self, title):
            self.title = title

    items = [Item("Zoo"), Item("Énergie"), Item("Eau")]

    assert [item.title for item in sorted_by_title(items, "fr")] == ["Eau", "Énergie", "Zoo"]


@pytest.mark.django_db
def test_the_country_index_lists_countries_in_the_languages_order(client, site_tree):
    for title in ("Zambie", "États-Unis", "Espagne", "Égypte"):
        CountryPageFactory(parent=site_tree["country_index"], title=title)

    html = client.get(site_tree["country_index"].url).content.decode()

    titles = [title for title in re.findall(r'class="fr-card__title"><a href="[^"]+">([^<]+)</a>', html)]
    assert titles == ["Égypte", "Espagne", "États-Unis", "Zambie"]
