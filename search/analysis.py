"""Language analysis for the database backends: the words a text is indexed under, and a query seeks.

The engine analyses text itself (``search.backends.engine``) and PostgreSQL with its text search
configurations; SQLite's FTS5 only splits words, so this module does the rest before the text
reaches it, the same way for the indexed text and for the query:

- French, English, Spanish, Portuguese, Arabic: lower case, accents and other marks removed, stop
  words dropped (Snowball's lists, the ones PostgreSQL uses; ``search/stopwords/``), then each word
  reduced to its Snowball stem (the algorithm of PostgreSQL's configuration of the language), so
  "Tranvías" and "tranvia", "jumeaux" and "jumeau", "المدينة" and "مدينة" meet.
- Simplified Chinese, written without spaces: segmented into words by jieba, at index time in its
  "search" mode (a long word also gives its shorter words: 有轨电车 → 有轨, 电车, 有轨电车).
- Autocomplete (titles): words folded but not stemmed, matched at their start; Chinese titles as
  overlapping pairs of characters, so that what is typed matches anywhere inside a title.
"""

import logging
import re
import threading
from functools import lru_cache
from pathlib import Path

import jieba
import snowballstemmer

from .backends.languages import POSTGRES_CONFIGS, base_language
from .query_keys import without_marks

CHINESE = "zh-hans"
STOP_WORDS_DIR = Path(__file__).resolve().parent / "stopwords"
STEMMING_ALGORITHMS = {
    code: algorithm for code, algorithm in POSTGRES_CONFIGS.items() if algorithm in snowballstemmer.algorithms()
}
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_stemmers = threading.local()  # a Snowball stemmer keeps state while it works: one per thread

jieba.setLogLevel(logging.WARNING)


def language_of(language_code):
    """The language whose analysis applies: ``fr`` for ``fr-ca``, ``zh-hans`` whole, ``None`` if unknown."""
    language = base_language(language_code)
    return language if language in POSTGRES_CONFIGS else None


@lru_cache(maxsize=None)
def stop_words(language):
    path = STOP_WORDS_DIR / f"{language}.txt"
    if not language or not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(without_marks(line.strip().casefold()) for line in lines if line.strip() and not line.startswith("#"))


def _stemmer(algorithm):
    cache = _stemmers.__dict__
    if algorithm not in cache:
        cache[algorithm] = snowballstemmer.stemmer(algorithm)
    return cache[algorithm]


def folded_words(text):
    """The words of ``text`` in lower case, without accents or other marks."""
    return _WORD.findall(without_marks((text or "").casefold()))


def chinese_words(text, for_index=False):
    """jieba's words of ``text``, folded, without function words.

    The index gets jieba's search mode: every word and the shorter words inside it (污水处理厂 →
    污水, 处理, 处理厂, 污水处理厂). A query keeps the shortest of those words, each of which the index
    has whatever the context the long word was cut in (污水处理 → 污水, 处理).
    """
    dropped = stop_words(CHINESE)
    latin = [word for part in _CJK_RUN.split(text) for word in folded_words(part)]  # "Réseau de chaleur" stays three words
    words = [word for run in _CJK_RUN.findall(text) for segment in jieba.cut_for_search(run) for word in folded_words(segment)]
    words = [word for word in words if word not in dropped]
    if for_index:
        return words + latin
    shortest = [word for word in dict.fromkeys(words) if not any(other != word and other in word for other in words)]
    return shortest + list(dict.fromkeys(latin))


def _segments(text):
    """The parts of ``text`` in order: jieba's words for its Chinese runs, the rest (Latin words, figures) as it is."""
    position = 0
    for run in _CJK_RUN.finditer(text):
        yield text[position:run.start()]
        yield from jieba.cut(run.group())
        position = run.end()
    yield text[position:]


def chinese_phrases(text):
    """A Chinese query cut where jieba sees words, a character alone kept with the word before it:
    "木材供热" → 木材 供热, "参与式地图" → 参与式 地图, "项目之家" → 项目之家. Each backend reads the parts its
    own way (the engine's bigrams then never straddle two words: no 材供)."""
    phrases = []
    for segment in _segments(text):
        for word in folded_words(segment):
            if phrases and (len(word) == 1 or len(phrases[-1]) == 1) and _CJK.search(word):
                phrases[-1] += word
            else:
                phrases.append(word)
    return phrases


def terms(text, language_code, for_index=False):
    """The terms ``text`` is indexed under (``for_index``) or searched with, in ``language_code``."""
    language = language_of(language_code)
    if language == CHINESE or (language is None and _CJK.search(text or "")):
        return chinese_words(text or "", for_index=for_index)
    dropped = stop_words(language)
    words = [word for word in folded_words(text) if word not in dropped]
    algorithm = STEMMING_ALGORITHMS.get(language)
    if algorithm and words:
        return _stemmer(algorithm).stemWords(words)
    return words


def analysed_text(text, language_code):
    """``text`` as the SQLite index stores it: its terms, one space apart."""
    return " ".join(terms(text, language_code, for_index=True))


def character_pairs(word):
    """Overlapping pairs of characters (a single character stays as it is): 供热管网 → 供热 热管 管网."""
    if len(word) < 2:
        return [word] if word else []
    return [word[start : start + 2] for start in range(len(word) - 1)]


def autocomplete_terms(text, language_code):
    """The words a title is completed from: folded words, or pairs of characters for Chinese."""
    result = []
    for word in folded_words(text):
        result.extend(character_pairs(word) if _CJK.search(word) else [word])
    return result


def autocomplete_text(text, language_code):
    return " ".join(autocomplete_terms(text, language_code))
