"""Characters the fonts cannot draw, caught glyph by glyph from WeasyPrint's own warnings.

For every character no font has, WeasyPrint draws the empty ``.notdef`` glyph (a box, "tofu")
and logs ``.notdef glyph rendered for Unicode string unsupported by fonts`` on its logger.
"""

import contextlib
import logging
import threading

WEASYPRINT_LOGGER = logging.getLogger("weasyprint")
NOTDEF_WARNING = ".notdef glyph rendered"


class UndrawableText(Exception):
    """The PDF would show empty boxes (``.notdef`` glyphs) for ``characters``."""

    def __init__(self, characters):
        super().__init__(frozenset(characters))
        self.characters = frozenset(characters)

    def __str__(self):
        return f"the fonts cannot draw {describe(self.characters)}"


class _NotdefCollector(logging.Handler):
    """Keeps the characters WeasyPrint draws as ``.notdef`` in the thread that made it."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.characters = set()

    def emit(self, record):
        # Handlers run in the thread that logs: another thread's render is not ours.
        if threading.get_ident() == self.thread and str(record.msg).startswith(NOTDEF_WARNING):
            self.characters.add(str(record.args[0]))


@contextlib.contextmanager
def notdef_characters():
    """Within, the characters this thread's renders draw as ``.notdef`` are added to the yielded set."""
    if not WEASYPRINT_LOGGER.isEnabledFor(logging.WARNING):
        WEASYPRINT_LOGGER.setLevel(logging.WARNING)  # LOG_LEVEL=ERROR must not blind the check.
    collector = _NotdefCollector()
    WEASYPRINT_LOGGER.addHandler(collector)
    try:
        yield collector.characters
    finally:
        WEASYPRINT_LOGGER.removeHandler(collector)


def describe(characters):
    """``"" (U+E000), "里" (U+91CC)``: the characters and their code points, for a log line."""
    return ", ".join(f'"{character}" (U+{ord(character):04X})' for character in sorted(characters))
