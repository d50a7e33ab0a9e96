from django.core.exceptions import ValidationError
from django.db import models
from django.core.cache import cache
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from .query_keys import promotion_key, without_marks
from .query_log import may_add_term


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
    def record(cls, query_string, language_code, *, searches, no_result_searches, last_result_count, searched_at):
        """Add counted searches of a normalised term (``search.query_log_flush``); a term the log does not know yet
        is added only while the cap of its day allows. True when counted."""
        term = cls.objects.filter(query_string=query_string, language_code=language_code).first()
        if term is None:
            if not may_add_term(cls.objects, searched_at):
                return False
            term, _created = cls.objects.get_or_create(
                query_string=query_string, language_code=language_code, defaults={"last_searched_at": searched_at}
            )
        cls.objects.filter(pk=term.pk).update(
            hits=F("hits") + searches,
            no_result_hits=F("no_result_hits") + no_result_searches,
            last_result_count=last_result_count,
            last_searched_at=Greatest(F("last_searched_at"), Value(searched_at)),
        )
        return True


class Promotion(ClusterableModel):
    """The pages editors put first when visitors of one language search for these words."""

    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    query_string = models.CharField(
        _("search terms"),
        max_length=255,
        help_text=_(
            "What visitors type. Case, accents and word endings do not matter: "
            "“transport par cable” finds the promotion for “Transport par câble”."
        ),
    )
    query_key = models.CharField(max_length=255, editable=False, db_index=True)

    class Meta:
        verbose_name = _("promoted search result")
        verbose_name_plural = _("promoted search results")
        ordering = ["locale", "query_string"]
        constraints = [models.UniqueConstraint(fields=["locale", "query_key"], name="promotion_per_language")]

    def __str__(self):
        return self.query_string

    def clean(self):
        self.query_key = promotion_key(self.query_string, self.locale.language_code) if self.locale_id else ""
        if self.locale_id and not self.query_key:
            raise ValidationError({"query_string": _("Type at least one word: visitors never search for punctuation alone.")})
        same = Promotion.objects.filter(locale_id=self.locale_id, query_key=self.query_key).exclude(pk=self.pk).first()
        if self.query_key and same:
            raise ValidationError(
                {
                    "query_string": _(
                        "“%(existing)s” already has promoted results in this language and visitors' searches "
                        "cannot tell the two apart: add your pages to it instead."
                    )
                    % {"existing": same.query_string}
                }
            )

    def save(self, *args, **kwargs):
        self.query_key = promotion_key(self.query_string, self.locale.language_code)
        super().save(*args, **kwargs)


def language_name(locale):
    """The language's name in the reader's language ("French" in an English admin, "anglais" in a French one)."""
    return str(translation.get_language_info(locale.language_code)["name_translated"])


class PromotedPage(Orderable):
    """One page of a promotion, shown above the results with an optional description."""

    promotion = ParentalKey(Promotion, on_delete=models.CASCADE, related_name="pages")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    description = models.TextField(
        _("description"), blank=True, help_text=_("Shown under the page's title, above the results.")
    )

    class Meta(Orderable.Meta):
        verbose_name = _("promoted page")
        verbose_name_plural = _("promoted pages")

    def __str__(self):
        return self.page.title if self.page_id else ""

    @staticmethod
    def problem_with(page, locale):
        """Why ``page`` cannot be promoted for searches in ``locale``, or ``None`` (checked by the admin's form)."""
        if page.locale_id != locale.pk:
            return _(
                "“%(title)s” is a page in %(page_language)s, and this promotion is for searches in "
                "%(language)s: choose the %(language)s version of the page."
            ) % {"title": page.title, "page_language": language_name(page.locale), "language": language_name(locale)}
        if not page.live:
            return _("“%(title)s” is not published: visitors would not see it. Publish it first.") % {"title": page.title}
        return None


SYNONYMS_CACHE_KEY = "search-synonyms-{language}"


class Synonym(models.Model):
    """Words or expressions that visitors of one language use for the same thing ("tram, tramway")."""

    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    terms = models.CharField(
        _("synonyms"),
        max_length=500,
        help_text=_(
            "Two or more words or expressions that mean the same, separated by commas: “tram, tramway” or "
            "“ville durable, smart city”. A search for one also finds the pages that use another."
        ),
    )

    class Meta:
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")
        ordering = ["locale", "terms"]

    def __str__(self):
        return self.terms

    @property
    def expressions(self):
        return expressions_of(self.terms)

    def clean(self):
        if len(self.expressions) < 2:
            raise ValidationError(
                {"terms": _("Type at least two different words or expressions, separated by commas: “tram, tramway”.")}
            )

    def save(self, *args, **kwargs):
        self.terms = ", ".join(self.expressions)
        super().save(*args, **kwargs)
        cache.delete(SYNONYMS_CACHE_KEY.format(language=self.locale.language_code))

    def delete(self, *args, **kwargs):
        cache.delete(SYNONYMS_CACHE_KEY.format(language=self.locale.language_code))
        return super().delete(*args, **kwargs)


def expressions_of(text):
    """The comma-separated expressions of ``text``, trimmed, without repeats (case and accents aside)."""
    seen = {}
    for expression in (text or "").split(","):
        expression = " ".join(expression.split())
        key = without_marks(expression.casefold())
        if key and key not in seen:
            seen[key] = expression
    return list(seen.values())


class IndexedWord(models.Model):
    """A word of the indexed pages of one language: what "Did you mean" corrects a misspelt word to."""

    language_code = models.CharField(max_length=20)
    word = models.CharField(max_length=60)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language_code", "word"], name="indexed_word_per_language")]

    def __str__(self):
        return self.word
