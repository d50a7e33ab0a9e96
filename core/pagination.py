"""Pagination and the number parsing that every public listing and query string shares."""

import re

from django.core.paginator import Paginator

PAGE_SIZE = 12
MAX_DATABASE_ID = 2**63 - 1
_ASCII_DIGITS = re.compile(r"[0-9]{1,100}")


def positive_int(value, maximum=MAX_DATABASE_ID):
    """``value`` as a whole number from 1 to ``maximum``, else ``None``.

    Only ASCII digits count: ``str.isdigit()`` also accepts "²" or "①", which ``int()`` refuses.
    """
    text = value.strip() if isinstance(value, str) else ""
    if not _ASCII_DIGITS.fullmatch(text):
        return None
    number = int(text)
    return number if 1 <= number <= maximum else None


def paginate(items, page_number, per_page=PAGE_SIZE):
    """The requested page of ``items``: the first one for a missing, malformed, zero or negative
    number, the last one for a number past the end."""
    paginator = Paginator(items, per_page)
    number = positive_int(page_number, maximum=float("inf")) or 1
    return paginator.page(min(number, paginator.num_pages))
