"""The key a visitor's query and an editor's promotion are compared on (``search.promotions``).

The words without case or accents, each reduced to its stem by the Snowball stemmer of the
language, the same algorithms the search itself uses on PostgreSQL and in the engine
(``search.backends.languages``): "transport par cable", "Transports par câbles" and
"transport  par  câble" share a key. Chinese, which no stemmer handles, is compared without case
or spaces.
"""

import re
import unicodedata

import snowballstemmer

from .backends.languages import POSTGRES_CONFIGS, base_language

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_KEY_LENGTH = 255
STEMMED_LANGUAGES = {
    code: algorithm for code, algorithm in POSTGRES_CONFIGS.items() if algorithm in snowballstemmer.algorithms()
}


def without_marks(text):
    """``text`` without accents or other combining marks ("câble" → "cable", Arabic short vowels dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(char for char in decomposed if not unicodedata.combining(char)))


def promotion_key(text, language_code):
    """The words of ``text`` as a search compares them in ``language_code``: folded, stemmed, one space apart."""
    words = _WORD.findall(without_marks((text or "").casefold()))
    algorithm = STEMMED_LANGUAGES.get(base_language(language_code))
    if algorithm and words:
        # A stemmer keeps state while it works: one per call, never shared between threads.
        words = snowballstemmer.stemmer(algorithm).stemWords(words)
    return " ".join(words)[:MAX_KEY_LENGTH]
