"""Translations of the search corpus's pages, each given its own title and summary in its language."""

from tests.factories.editing import translate


def translated(page, language_code, title, summary):
    """``page`` translated into ``language_code`` with wagtail-localize, retitled and published."""
    translation = translate(page, language_code)
    translation.title = title
    translation.summary = summary
    translation.save_revision().publish()
    return translation
