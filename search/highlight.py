"""The words a search matched, marked with ``<mark>`` in result titles and snippets.

The same on every backend, since it runs on the page of results: a word of the text is marked when
it has the same key as a word of the query (``search.query_keys``: no case, no accents, the
language's Snowball stem), so "réseaux" is marked for "réseau" and "Economie" for "économie".
Chinese, written without spaces, is marked where the query's characters occur in the text. Query
words shorter than ``MIN_MARKED_LENGTH`` ("de", "of", "la") are not marked: they are everywhere.
Everything else in the text is escaped; only the ``<mark>`` elements are HTML.

A snippet is taken around the first match in the page's texts (summary first, then the other
texts its model indexes), else it is the start of the summary.
"""

import re

from django.core.exceptions import FieldDoesNotExist
from django.db.models import CharField, TextField
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from .query_keys import promotion_key

MIN_MARKED_LENGTH = 3
SNIPPET_WORDS = 40
WORDS_BEFORE_MATCH = 8
SNIPPET_CHARACTERS = 280  # for text without spaces (Chinese)
CHARACTERS_BEFORE_MATCH = 40
_WORD = re.compile(r"\w+")
_SPACED_WORD = re.compile(r"\S+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


class Highlighter:
    """Marks the words of one query, in one language, in any number of texts."""

    def __init__(self, query, language_code):
        self.language_code = language_code
        words = _WORD.findall(query or "")
        self.han_terms = sorted({han.casefold() for word in words for han in _HAN.findall(word)}, key=len, reverse=True)
        self.keys = {self.key(word) for word in words if not _HAN.search(word) and len(word) >= MIN_MARKED_LENGTH}
        self._keys_of_words = {}

    def key(self, word):
        return promotion_key(word, self.language_code)

    def _matches(self, word):
        if word not in self._keys_of_words:
            self._keys_of_words[word] = self.key(word) in self.keys
        return self._keys_of_words[word]

    def spans(self, text):
        """``(start, end)`` of every matched word or run of Chinese characters, in order."""
        found = []
        for word in _WORD.finditer(text):
            if _HAN.search(word.group()):
                found += self._han_spans(word.group(), word.start())
            elif self.keys and self._matches(word.group()):
                found.append(word.span())
        return found

    def _han_spans(self, run, offset):
        found, folded = [], run.casefold()
        for term in self.han_terms:
            start = folded.find(term)
            while start != -1:
                if not any(begin < start + len(term) and start < end for begin, end in found):
                    found.append((start, start + len(term)))
                start = folded.find(term, start + len(term))
        return sorted((offset + begin, offset + end) for begin, end in found)

    def mark(self, text, spans=None):
        """``text`` escaped, with its matched words in ``<mark>``."""
        text = text or ""
        spans = self.spans(text) if spans is None else spans
        pieces, position = [], 0
        for start, end in spans:
            pieces += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
            position = end
        pieces.append(escape(text[position:]))
        return mark_safe("".join(pieces))

    def snippet(self, texts):
        """A marked extract of the first text with a match, around it; else the start of the first text."""
        texts = [" ".join(text.split()) for text in texts if text and text.strip()]
        for text in texts:
            spans = self.spans(text)
            if spans:
                start, end, cut_before, cut_after = _window(text, spans[0][0])
                inside = [(begin - start, finish - start) for begin, finish in spans if begin >= start and finish <= end]
                return mark_safe(("… " if cut_before else "") + self.mark(text[start:end], inside) + (" …" if cut_after else ""))
        return escape(Truncator(texts[0]).words(SNIPPET_WORDS)) if texts else ""


def _window(text, match_start):
    """``(start, end, cut before, cut after)`` of about SNIPPET_WORDS words around a match."""
    words = list(_SPACED_WORD.finditer(text))
    index = next(i for i, word in enumerate(words) if word.end() > match_start)
    first = max(0, index - WORDS_BEFORE_MATCH)
    last = min(len(words), first + SNIPPET_WORDS)
    start, end = words[first].start(), words[last - 1].end()
    if end - start > SNIPPET_CHARACTERS:  # few spaces: Chinese, or very long words
        start = max(start, match_start - CHARACTERS_BEFORE_MATCH)
        end = min(end, start + SNIPPET_CHARACTERS)
    return start, end, start > 0, end < len(text)


def _is_prose(field):
    return isinstance(field, (TextField, RichTextField, StreamField)) or (isinstance(field, CharField) and field.max_length > 255)


def snippet_texts(page):
    """The texts of a page a snippet may come from: the prose fields it indexes, boosted ones first."""
    fields = {}
    for declared in page.get_search_fields():
        if isinstance(declared, index.SearchField) and declared.field_name not in fields:
            try:
                model_field = page._meta.get_field(declared.field_name)
            except FieldDoesNotExist:  # a method or property: names of related pages, not prose
                continue
            if _is_prose(model_field):
                fields[declared.field_name] = (-(declared.boost or 1), model_field)
    texts = []
    for name, (_boost, model_field) in sorted(fields.items(), key=lambda item: item[1][0]):
        value = getattr(page, name)
        if hasattr(model_field, "get_searchable_content"):  # rich text and blocks: their text, without tags
            texts.append(" ".join(str(text) for text in model_field.get_searchable_content(value)))
        else:
            texts.append(str(value or ""))
    return [*texts, page.search_description]
