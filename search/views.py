from urllib.parse import urlencode

from django.http import JsonResponse
from django.urls import reverse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from core.chrome import active_locale

from . import query_log, service
from .suggestions import search_with_correction


def _active_locale():
    """The locale of the active language, from the site-wide cache (the header reads the same entry)."""
    return active_locale() or Locale.get_default()


@require_GET
def search(request):
    criteria = service.SearchCriteria.from_querydict(request.GET)
    locale = _active_locale()
    outcome, misspelt = search_with_correction(criteria, locale)
    if criteria.terms and criteria.page in ("", "1"):
        # A misspelt query is logged as typed, as finding nothing: editors see what visitors got wrong.
        query_log.count_search(criteria.query, locale.language_code, 0 if misspelt else outcome.total)

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": outcome.criteria.query,
            "misspelt_query": misspelt,
            "corrected_url": f"{reverse('search:search')}?{urlencode({'q': outcome.criteria.query})}" if misspelt else "",
            "criteria": outcome.criteria,
            "outcome": outcome,
            "page_obj": outcome.page_obj,
            "sorts": service.SORTS,
        },
    )


@require_GET
def suggest(request):
    query = service.clean_query(request.GET.get("q", ""))
    pages = service.suggestions(query, _active_locale())
    return JsonResponse(
        {
            "query": query,
            "suggestions": [
                {"title": page.title, "url": page.url, "type": str(page._meta.verbose_name)} for page in pages
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
