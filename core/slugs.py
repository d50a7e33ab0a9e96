"""Page slugs: ASCII slugs from a title in any language, and the slug a translated page gets.

``ascii_slug`` folds accents and transliterates other scripts with anyascii ("Économie
circulaire" → ``economie-circulaire``, "Cooperação" → ``cooperacao``, "能源" → ``nengyuan``).
``translated_slug`` is the site's policy for translations (README, *Languages and translations*):
in a language written in the Latin alphabet (English, Spanish, Portuguese...) the translated title
gives the slug; a language written in another script (Arabic, Chinese) keeps the source page's
slug, because a transliteration would be unreadable. ``slug_for_translation`` also makes the slug
unique among its siblings.

In the admin (``WAGTAIL_ALLOW_UNICODE_SLUGS = False``), Wagtail's script transliterates the title an
editor types into the slug ("Un téléphérique" → ``un-telepherique``); ``AsciiSlugInput`` does the same
with what is typed in the slug field itself, and ``AsciiSlugField`` folds on the server whatever
reaches it with accents (a browser without JavaScript), the same way ``ascii_slug`` does.
"""

import unicodedata

from anyascii import anyascii
from django import forms
from django.utils import translation
from django.utils.text import slugify
from wagtail.admin.widgets import SlugInput
from wagtail.coreutils import find_available_slug

# Long enough for a fact sheet's title, short enough to read in a link; cut between two words.
MAX_SLUG_LENGTH = 80


def ascii_slug(text, max_length=MAX_SLUG_LENGTH):
    """Lower-case ASCII words of ``text`` joined by hyphens, at most ``max_length`` characters."""
    slug = slugify(anyascii(text or ""))
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    return cut.rsplit("-", 1)[0] if "-" in cut else slug[:max_length]


def is_latin_script(text):
    """Whether every letter of ``text`` is a Latin letter, accented or not ("Cooperação": yes, "الطاقة": no)."""
    return all(unicodedata.name(char, "").startswith("LATIN ") for char in text if char.isalpha())


def writes_in_latin_script(language_code):
    """Whether the language writes its own name in the Latin alphabet ("Português": yes; "العربيّة", "简体中文": no)."""
    try:
        own_name = translation.get_language_info(language_code)["name_local"]
    except KeyError:
        return False
    return is_latin_script(own_name)


def translated_slug(title, source_slug, language_code):
    """The slug of a translation into ``language_code`` titled ``title``, whose source page has ``source_slug``.

    From the title in a language written in the Latin alphabet; otherwise, or when the title gives
    no slug at all (only punctuation), the source's slug.
    """
    slug = ascii_slug(title) if writes_in_latin_script(language_code) else ""
    return slug or source_slug


def slug_for_translation(source_page, title, locale):
    """``translated_slug`` for the translation of ``source_page`` into ``locale``, unique under its parent.

    When a sibling already has that slug, a number is added (``energy-1``), as Wagtail does; the
    translation itself, if it exists, does not count as a sibling.
    """
    slug = translated_slug(title, source_page.slug, locale.language_code)
    parent = source_page.get_parent().get_translation_or_none(locale)
    if parent is None:
        return slug
    existing = source_page.get_translation_or_none(locale)
    return find_available_slug(parent, slug, ignore_page_id=existing.pk if existing else None)


# What Wagtail's script drops and anyascii transliterates ("cœur" → ``cur`` instead of ``coeur``,
# "Lyon–Turin" → ``lyonturin``): the script replaces them first (tests/browser/test_editor_slugs.py).
SCRIPT_REPLACEMENTS = [("œ", "oe"), ("Œ", "OE"), ("º", "o"), ("ª", "a"), ("[–—]", "-")]


class AsciiSlugInput(SlugInput):
    """Wagtail's slug input, transliterating on leaving the field too (Wagtail's default there drops
    accented letters: "téléphérique" would become ``tlphrique``), and the way ``ascii_slug`` does."""

    def __init__(self, attrs=None, **kwargs):
        on_blur = "blur->w-slug#urlify w-sync:check->w-slug#compare w-sync:apply->w-slug#urlify:prevent"
        kwargs.setdefault("formatters", SCRIPT_REPLACEMENTS)
        super().__init__(attrs={"data-action": on_blur, **(attrs or {})}, **kwargs)


class AsciiSlugField(forms.SlugField):
    """A slug form field that folds a slug typed with accents or in another script to ASCII."""

    def __init__(self, *args, **kwargs):
        kwargs["allow_unicode"] = False
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return value if value.isascii() else ascii_slug(value, max_length=self.max_length or 255)
