"""Wagtail's promoted results knew no language: each one that points to a page becomes a promotion
in that page's language, in the same order. Wagtail's own rows stay where they are."""

from django.db import migrations

from search.query_keys import promotion_key


def copy_wagtail_promotions(apps, schema_editor):
    SearchPromotion = apps.get_model("wagtailsearchpromotions", "SearchPromotion")
    Promotion = apps.get_model("search", "Promotion")
    PromotedPage = apps.get_model("search", "PromotedPage")
    rows = (
        SearchPromotion.objects.filter(page__isnull=False)
        .select_related("query", "page__locale")
        .order_by("query_id", "sort_order", "pk")
    )
    for position, row in enumerate(rows):
        locale = row.page.locale
        key = promotion_key(row.query.query_string, locale.language_code)
        if not key:
            continue
        promotion, _created = Promotion.objects.get_or_create(
            locale=locale, query_key=key, defaults={"query_string": row.query.query_string}
        )
        if not PromotedPage.objects.filter(promotion=promotion, page_id=row.page_id).exists():
            PromotedPage.objects.create(
                promotion=promotion, page_id=row.page_id, description=row.description, sort_order=position
            )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_promotions_per_language"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(copy_wagtail_promotions, migrations.RunPython.noop)]
