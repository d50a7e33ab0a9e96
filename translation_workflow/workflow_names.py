"""Workflow and task names in each reader's interface language.

Wagtail shows a workflow's or a task's ``name`` field as it is saved: in a dozen admin templates (dashboard
panels, the status side panel, workflow history, *Settings → Workflows*), in messages built in Python
("Submit to …", "Sent to …", lock notices), in the moderation e-mails and in the page history. It has no
hook to translate them, and ``Workflow`` cannot be swapped for a model of ours.

So the names the project gives are saved as English msgids (``gettext_noop``, collected by makemessages),
and, when a workflow or task is loaded, a name that is one of them becomes a ``TranslatableName``: the same
``str`` (saved, compared, searched and written to the page history as the msgid) that reads as its
translation in the active language wherever it is displayed (templates, ``%``, ``format``). Names an
administrator typed stay as typed. Saving a name that is the translation of one of these, in any interface
language (as the edit form shows it), saves the msgid again. The page history's workflow messages, which
quote the names saved with each entry, translate them too (``translate_names_in_history``).
"""

import copy

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from wagtail.models import AbstractWorkflow, Task

REVIEW_WORKFLOW_NAME = gettext_noop("Translation review")
REVIEW_TASK_NAME = gettext_noop("Review by a moderator")
# Wagtail's own default workflow and task (its migration 0048 names them after the Moderators group).
DEFAULT_MODERATION_NAME = gettext_noop("Moderators approval")
TRANSLATABLE_NAMES = frozenset({REVIEW_WORKFLOW_NAME, REVIEW_TASK_NAME, DEFAULT_MODERATION_NAME})

WORKFLOW_LOG_ACTIONS = ("wagtail.workflow.start", "wagtail.workflow.approve", "wagtail.workflow.reject",
                        "wagtail.workflow.resume", "wagtail.workflow.cancel")


class TranslatableName(str):
    """A name saved as an English msgid, displayed as its translation in the active language."""

    def __str__(self):
        return gettext(str.__str__(self))

    def __format__(self, format_spec):
        return format(str(self), format_spec)


def names_in_every_language(msgid):
    """``msgid`` and its translation in each interface language: the names it may have been saved under."""
    names = {msgid}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names.add(gettext(msgid))
    return names


def msgid_for(name):
    """The msgid ``name`` translates, when it is one of the project's names in some language; else ``name``."""
    plain = str.__str__(name)
    for msgid in TRANSLATABLE_NAMES:
        if plain in names_in_every_language(msgid):
            return msgid
    return plain


def _display_translated(sender, instance, **kwargs):
    name = instance.__dict__.get("name")  # a deferred name is not loaded here
    if name in TRANSLATABLE_NAMES:
        instance.name = TranslatableName(name)


def _save_as_msgid(sender, instance, **kwargs):
    if isinstance(instance.name, str):
        instance.name = msgid_for(instance.name)


def connect():
    """Called by the app's ready(): every workflow model and every task type, Wagtail's and others'."""
    for model in apps.get_models():
        if issubclass(model, (AbstractWorkflow, Task)):
            post_init.connect(_display_translated, sender=model, dispatch_uid=f"translatable_name_{model._meta.label}")
            pre_save.connect(_save_as_msgid, sender=model, dispatch_uid=f"name_as_msgid_{model._meta.label}")


def _translated_titles(data):
    """``data`` of a workflow log entry with every ``"title"`` that is one of the project's names translated."""
    if isinstance(data, dict):
        return {
            key: gettext(value) if key == "title" and value in TRANSLATABLE_NAMES else _translated_titles(value)
            for key, value in data.items()
        }
    return data


def _reading_names_translated(formatter):
    class NamesTranslatedFormatter(type(formatter)):
        def format_message(self, log_entry):
            entry = copy.copy(log_entry)
            entry.data = _translated_titles(log_entry.data)
            return super().format_message(entry)

    return NamesTranslatedFormatter()


def translate_names_in_history(actions):
    """The ``register_log_actions`` hook, run after Wagtail's: its workflow messages quote names translated."""
    for action in WORKFLOW_LOG_ACTIONS:
        if action in actions.formatters:
            actions.formatters[action] = _reading_names_translated(actions.formatters[action])
