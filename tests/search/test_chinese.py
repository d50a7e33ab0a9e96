"""Simplified Chinese, written without spaces: segmented into words on SQLite and PostgreSQL (jieba),
CJK bigrams in the engine; titles complete from anywhere inside them, on every backend."""

import pytest

from tests.factories.search_corpus import CHINESE

from .reading import result_titles

HEAT = CHINESE["heat"][0]
BIOGAS = CHINESE["bus"][0]


@pytest.fixture
def corpus(chinese_search_corpus, search_env):
    """The search corpus, with the heat network and the bus sheets in Chinese."""
    return chinese_search_corpus


@pytest.mark.parametrize(("query", "expected"), [("供热", [HEAT]), ("沼气", [BIOGAS]), ("木材供热", [HEAT])])
def test_a_word_inside_a_chinese_title_finds_the_page(search_env, corpus, query, expected):
    response = search_env.get({"q": query}, language="zh-hans")

    assert response.status_code == 200
    assert result_titles(response) == expected


def test_a_word_of_both_pages_finds_both(search_env, corpus):
    assert sorted(result_titles(search_env.get({"q": "燃料"}, language="zh-hans"))) == sorted([HEAT, BIOGAS])


@pytest.mark.parametrize(("typed", "expected"), [("污水处", [BIOGAS]), ("热管", [HEAT]), ("供热", [HEAT])])
def test_chinese_titles_complete_from_inside(search_env, corpus, typed, expected):
    data = search_env.get({"q": typed}, language="zh-hans", name="search:suggest").json()

    assert [item["title"] for item in data["suggestions"]] == expected


@pytest.mark.parametrize("typed", ["网供", "厂沼"])
def test_chinese_characters_of_a_title_typed_apart_do_not_complete_it(search_env, corpus, typed):
    """供热管网 has 网 and 供, and 污水处理厂 and 沼气 have 厂 and 沼, but not one after the other."""
    assert search_env.get({"q": typed}, language="zh-hans", name="search:suggest").json()["suggestions"] == []


def test_latin_titles_complete_at_word_starts_only(search_env, corpus):
    assert [item["title"] for item in search_env.get({"q": "caten"}, name="search:suggest").json()["suggestions"]] == [
        "Tramway sans caténaire à Bordeaux"
    ]
    assert search_env.get({"q": "atenaire"}, name="search:suggest").json()["suggestions"] == []
