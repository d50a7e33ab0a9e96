"""Workflow and task names saved as English msgids (translation_workflow/workflow_names.py).

Before, ``setup_roles`` saved the review workflow and its task under their translation in the source
language (French). A workflow or task named by a translation of one of these names, in any interface
language, is renamed to the msgid; names an administrator typed stay as typed. The translations are
written out here, as they were when names became msgids, so that the migration does not depend on the
catalogues being compiled.
"""

from django.db import migrations

NAMES_BY_MSGID = {
    "Translation review": (
        "Relecture des traductions", "Revisión de traducción", "Revisão de tradução", "مراجعة الترجمة", "翻译审核",
    ),
    "Review by a moderator": (
        "Relecture par un modérateur", "Revisión por un moderador", "Revisão por um moderador",
        "المراجعة من قِبل مشرف", "由审核员审核",
    ),
}


def rename_to_msgids(apps, schema_editor):
    for model_name in ("Workflow", "Task"):
        model = apps.get_model("wagtailcore", model_name)
        for msgid, translations in NAMES_BY_MSGID.items():
            model.objects.filter(name__in=translations).update(name=msgid)


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0048_add_default_workflows")]

    operations = [migrations.RunPython(rename_to_msgids, migrations.RunPython.noop)]
