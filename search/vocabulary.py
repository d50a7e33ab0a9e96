"""The words of the indexed pages, per language, and "Did you mean": the closest known words.

The database backends add the words of every page they index (``remember_words``); the engine
keeps the database backend in sync beside it, so the vocabulary serves every backend. A misspelt
word is replaced by the known word at the smallest edit distance (Levenshtein, with rapidfuzz: a
C implementation that compares one word with tens of thousands in about a millisecond), only when
a search finds nothing. Words are compared without case or accents and shown as they are written.
"""

import re
import uuid
from bisect import bisect_left
from dataclasses import dataclass

from django.core.cache import cache
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .analysis import CHINESE, language_of, stop_words
from .models import IndexedWord
from .query_keys import without_marks

MIN_LENGTH = 3
MAX_LENGTH = 60
_LETTERS = re.compile(r"[^\W\d_]+")
VERSION_KEY = "search-vocabulary-version"
_vocabularies = {}  # language → Vocabulary, per process


def _indexable(word):
    return MIN_LENGTH <= len(word) <= MAX_LENGTH and not word.isdigit()


def remember_words(languages_and_texts):
    """Add the words of these texts (``(language code, text)`` pairs) to their language's vocabulary."""
    known = {}
    for language_code, text in languages_and_texts:
        language = language_of(language_code)
        if language is None or language == CHINESE:
            continue  # Chinese has no spelling to correct: what is typed is chosen from the input method
        words = known.setdefault(language, set())
        words.update(word for word in _LETTERS.findall((text or "").casefold()) if _indexable(word))
    rows = []
    for language, words in known.items():
        present = IndexedWord.objects.filter(language_code=language, word__in=words).values_list("word", flat=True)
        rows += [IndexedWord(language_code=language, word=word) for word in words.difference(present)]
    if rows:  # only new words make every process read the vocabulary again
        IndexedWord.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)


@dataclass(frozen=True)
class Vocabulary:
    version: str
    words: dict  # folded word → word as written
    folded: list  # the folded words, sorted, to find those that start alike


def vocabulary(language):
    """The known words of ``language``, read again when words were added."""
    version = cache.get(VERSION_KEY)
    if version is None:  # the cache was cleared: read the words again, and remember that they were
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, None)
    cached = _vocabularies.get(language)
    if cached is None or cached.version != version:
        words = IndexedWord.objects.filter(language_code=language).values_list("word", flat=True)
        known = {without_marks(word): word for word in words}
        cached = Vocabulary(version, known, sorted(known))
        _vocabularies[language] = cached
    return cached


def words_starting_with(prefix, language, limit):
    """Up to ``limit`` known words of ``language`` (folded) that start with ``prefix``, shortest first."""
    folded = vocabulary(language).folded
    found = []
    for word in folded[bisect_left(folded, prefix) :]:
        if not word.startswith(prefix):
            break
        found.append(word)
    return sorted(found, key=len)[:limit]


def allowed_distance(word):
    return 1 if len(word) <= 5 else 2


def closest_word(word, known):
    """The known word closest to ``word`` within the allowed distance, or ``None``."""
    folded = without_marks(word.casefold())
    if folded in known or not _indexable(folded) or not folded.isalpha():
        return None
    match = process.extractOne(folded, known.keys(), scorer=Levenshtein.distance, score_cutoff=allowed_distance(folded))
    return known[match[0]] if match else None


def corrected_query(query, language_code):
    """``query`` with each unknown word replaced by the closest known one, or ``None`` if none was replaced."""
    language = language_of(language_code)
    if language is None or language == CHINESE:
        return None
    known = vocabulary(language).words
    dropped = stop_words(language)
    words, corrected = query.split(), False
    for position, word in enumerate(words):
        if without_marks(word.casefold()) in dropped:
            continue
        closest = closest_word(word, known)
        if closest:
            words[position], corrected = closest, True
    return " ".join(words) if corrected else None
