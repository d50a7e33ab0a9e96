"""Databases loaded before the fix: drop the log entries of Wagtail's deleted "Welcome" page.

``load_demo`` deletes that plain ``Page`` (page 2) and Wagtail keeps its log entries, which point at a page
that no longer exists: ``dumpdata --natural-foreign`` then fails. Only entries of deleted plain pages go.
"""

from django.db import migrations


def remove_welcome_page_log_entries(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    PageLogEntry = apps.get_model("wagtailcore", "PageLogEntry")
    plain_page = ContentType.objects.filter(app_label="wagtailcore", model="page").first()
    if plain_page is None:
        return
    orphans = PageLogEntry.objects.filter(content_type=plain_page).exclude(page_id__in=Page.objects.values("pk"))
    orphans.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(remove_welcome_page_log_entries, migrations.RunPython.noop)]
