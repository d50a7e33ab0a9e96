"""wagtail-localize's "Sync translated pages", as a job the worker runs (background/jobs.py).

wagtail-localize runs the sync inside the request (``UpdateTranslationsView.form_valid``); this is
the same work, step for step, with the request's choices as arguments.
"""

import contextlib

from django.core.exceptions import ValidationError
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.edit_translation import apply_machine_translation

from translation_workflow.completeness import publish_if_complete


def sync_translations(source_id, publish, use_machine_translation, user):
    """Bring the source's current texts into every enabled translation; publish them if asked."""
    source = TranslationSource.objects.get(pk=source_id)
    source.update_from_db()
    translations = list(source.translations.filter(enabled=True).select_related("source", "target_locale"))
    machine_translator = get_machine_translator() if use_machine_translation else None
    for translation in translations:
        if machine_translator:
            apply_machine_translation(translation.id, user, machine_translator)
        # As in wagtail-localize: a translation that cannot be saved (invalid target) is left as it was.
        with contextlib.suppress(ValidationError):
            if publish:
                # Only complete translations go live; the others stay drafts for their translator.
                publish_if_complete(translation, user)
            else:
                translation.source.update_target_view_restrictions(translation.target_locale)
