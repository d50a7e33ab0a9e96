from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search.utils import normalise_query_string


class SearchTerm(models.Model):
    """What visitors search for, per language, and whether they found anything (admin report)."""

    query_string = models.CharField(_("search term"), max_length=255)
    language_code = models.CharField(_("language"), max_length=20)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    no_result_hits = models.PositiveIntegerField(_("searches with no result"), default=0)
    last_result_count = models.PositiveIntegerField(_("results last time"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "language_code"], name="search_term_per_language"),
        ]
        indexes = [models.Index(fields=["-hits"]), models.Index(fields=["-no_result_hits"])]

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query, language_code, result_count):
        query_string = normalise_query_string(query)
        if not query_string:
            return
        term, _created = cls.objects.get_or_create(query_string=query_string, language_code=language_code)
        cls.objects.filter(pk=term.pk).update(
            hits=F("hits") + 1,
            no_result_hits=F("no_result_hits") + (0 if result_count else 1),
            last_result_count=result_count,
            last_searched_at=timezone.now(),
        )
