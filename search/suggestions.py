"""A search that finds nothing is tried again with its misspelt words corrected ("Did you mean").

Only a query that found nothing is corrected, so a correct query costs nothing more; the corrected
query is searched once, and its results are shown only when it finds something.
"""

from dataclasses import replace

from . import service
from .vocabulary import corrected_query


def search_with_correction(criteria, locale):
    """``(outcome, misspelt)``: the results of ``criteria``, or of its corrected query when it found none
    (``misspelt`` is then the query as typed, else ``None``)."""
    outcome = service.search(criteria, locale)
    if outcome.total or not outcome.searched or outcome.unavailable or not criteria.terms:
        return outcome, None
    correction = corrected_query(criteria.terms, locale.language_code)
    if not correction:
        return outcome, None
    corrected = service.search(replace(criteria, query=correction, filters=dict(criteria.filters)), locale)
    if not corrected.total:
        return outcome, None
    return corrected, criteria.query
