"""Word endings that Snowball stems apart, brought together with the words of the indexed pages.

Snowball's stemmers are light for Spanish and Portuguese plurals: "digitais" and "digital",
"ciudades" and "ciudad" get different stems (PostgreSQL's configurations use the same algorithms).
On the database backends each word of a query also seeks the indexed words of that language that
start with its stem and end within three letters ("digit" → digital, digitais), found by bisection in the
sorted vocabulary (``search.vocabulary``): a few microseconds, whatever the number of pages.
"""

from modelsearch.query import And, Or, PlainText
from wagtail.models import TranslatableMixin

from .analysis import CHINESE, folded_words, language_of, stop_words, terms
from .backends.languages import current_language
from .query_keys import without_marks
from .vocabulary import words_starting_with

MIN_STEM = 4  # shorter stems start too many words ("gem": gema, gemido...)
MAX_VARIANTS = 8
MAX_ENDING = 3  # "digit" + "ais"; not "digit" + "alização", another word


def word_variants(word, language):
    """``word`` and the known words that start with its stem (folded), or ``[word]``."""
    stems = terms(word, language)
    if len(stems) != 1 or len(stems[0]) < MIN_STEM:
        return [word]
    folded = without_marks(word.casefold())
    stem = stems[0]
    variants = [known for known in words_starting_with(stem, language, MAX_VARIANTS) if len(known) - len(stem) <= MAX_ENDING]
    return list(dict.fromkeys([folded, *variants]))


def inflected(query, language):
    """``query`` with each plain word replaced by the alternatives of its word endings."""
    if isinstance(query, (And, Or)):
        return type(query)([inflected(subquery, language) for subquery in query.subqueries])
    if not isinstance(query, PlainText):
        return query
    dropped = stop_words(language)
    words = [word for word in folded_words(query.query_string) if word not in dropped]
    parts = []
    for word in words:
        variants = word_variants(word, language)
        parts.append(Or([PlainText(variant) for variant in variants]) if len(variants) > 1 else PlainText(word))
    if not parts or all(isinstance(part, PlainText) for part in parts):
        return query
    if len(parts) == 1:
        return parts[0]
    return And(parts) if query.operator == "and" else Or(parts)


class InflectionExpansionMixin:
    """A database query compiler mixin: each word of the visitor's query also seeks its other endings."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = language_of(current_language())
        if language and language != CHINESE and issubclass(self.queryset.model, TranslatableMixin):
            self.query = inflected(self.query, language)
