"""Synonyms editors manage per language (*Settings → Synonyms*), applied to the query on every backend.

A query is expanded before the backend compiles it: each word, or run of words, that is one of the
expressions of a synonym group becomes "this expression or any other of the group" (an ``Or`` of
words and phrases), which Wagtail's query classes express on SQLite, PostgreSQL and the engine
alike. Expressions are compared as promotions are (``search.query_keys``: no case, no accents,
Snowball stems), so "Tramways" finds the group "tram, tramway".
"""

from django.core.cache import cache
from modelsearch.query import And, Or, Phrase, PlainText
from wagtail.models import TranslatableMixin

from .analysis import CHINESE, chinese_phrases, chinese_words, folded_words, language_of, stop_words
from .backends.languages import current_language
from .models import SYNONYMS_CACHE_KEY, Synonym
from .query_keys import promotion_key, without_marks

CACHE_SECONDS = 3600


def synonym_groups(language):
    """The groups of expressions of ``language``, read once an hour or after an editor's change."""
    key = SYNONYMS_CACHE_KEY.format(language=language)
    groups = cache.get(key)
    if groups is None:
        groups = [row.expressions for row in Synonym.objects.filter(locale__language_code=language)]
        cache.set(key, groups, CACHE_SECONDS)
    return groups


def _alternatives_by_key(groups, language):
    alternatives = {}
    for group in groups:
        for expression in group:
            alternatives.setdefault(promotion_key(expression, language), []).extend(group)
    return alternatives


def _alternative(expression):
    return PlainText(expression) if len(folded_words(expression)) == 1 else Phrase(expression)


def expanded_query(query, language):
    """``query`` (plain words) with each expression of a synonym group replaced by the whole group."""
    groups = synonym_groups(language) if language else []
    if not groups:
        return query
    alternatives = _alternatives_by_key(groups, language)
    longest = max(len(key.split()) for key in alternatives)
    words = chinese_words(query.query_string) if language == CHINESE else query.query_string.split()
    keys = [promotion_key(word, language) for word in words]
    parts, plain, position = [], [], 0
    while position < len(words):
        for length in range(min(longest, len(words) - position), 0, -1):
            key = " ".join(keys[position : position + length])
            if key in alternatives:
                group = list(dict.fromkeys(alternatives[key]))
                parts.append(Or([_alternative(expression) for expression in group]))
                position += length
                break
        else:
            plain.append(words[position])
            position += 1
    if not parts:
        return query
    # The other words make one part, without stop words: alone in a part, "le" would match nothing.
    dropped = stop_words(language)
    plain = [word for word in plain if without_marks(word.casefold()) not in dropped]
    if plain:
        parts.append(PlainText(" ".join(plain), operator=query.operator))
    if len(parts) == 1:
        return parts[0]
    return And(parts) if query.operator.lower() == "and" else Or(parts)


def segmented(query):
    """A Chinese query with its words separated by spaces (``search.analysis.chinese_phrases``)."""
    phrases = chinese_phrases(query.query_string)
    return PlainText(" ".join(phrases), operator=query.operator) if phrases else query


class SynonymExpansionMixin:
    """A query compiler mixin (every backend): expands the visitor's words with the synonyms of their
    language, and separates the words of a Chinese query."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.query, PlainText) and issubclass(self.queryset.model, TranslatableMixin):
            language = language_of(current_language())
            query = segmented(self.query) if language == CHINESE else self.query
            self.query = expanded_query(query, language)
