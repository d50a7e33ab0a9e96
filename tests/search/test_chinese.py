"""Simplified Chinese, written without spaces: segmented into words on SQLite and PostgreSQL (jieba),
CJK bigrams in the engine; titles complete from anywhere inside them."""

import pytest

from tests.factories import build_corpus

from .reading import result_titles
from .retitling import translated

HEAT = "示例：以本地木材为燃料的供热管网"
BIOGAS = "示例：生产沼气的污水处理厂"


@pytest.fixture
def corpus(site_tree, search_env):
    corpus = build_corpus(site_tree)
    translated(corpus.heat, "zh-hans", HEAT, "一个城市集聚区用邻近森林的木材取代燃油锅炉。")
    translated(corpus.bus, "zh-hans", BIOGAS, "污水处理厂把污泥变成城市公交车的燃料。")
    return corpus


@pytest.mark.parametrize(("query", "expected"), [("供热", [HEAT]), ("沼气", [BIOGAS]), ("木材供热", [HEAT])])
def test_a_word_inside_a_chinese_title_finds_the_page(search_env, corpus, query, expected):
    response = search_env.get({"q": query}, language="zh-hans")

    assert response.status_code == 200
    assert result_titles(response) == expected


def test_a_word_of_both_pages_finds_both(search_env, corpus):
    assert sorted(result_titles(search_env.get({"q": "燃料"}, language="zh-hans"))) == sorted([HEAT, BIOGAS])


def test_chinese_titles_complete_from_inside(search_env, corpus):
    if search_env.is_engine:
        pytest.skip("the engine completes titles from the start of their words (edge n-grams)")

    data = search_env.get({"q": "污水处"}, language="zh-hans", name="search:suggest").json()

    assert [item["title"] for item in data["suggestions"]] == [BIOGAS]


def test_latin_titles_complete_at_word_starts_only(search_env, corpus):
    assert [item["title"] for item in search_env.get({"q": "caten"}, name="search:suggest").json()["suggestions"]] == [
        "Tramway sans caténaire à Bordeaux"
    ]
    assert search_env.get({"q": "atenaire"}, name="search:suggest").json()["suggestions"] == []
