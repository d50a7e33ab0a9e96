"""A job's arguments as JSON, so that a task stored in the database can be run by another process.

wagtail-localize hands its jobs model instances (the user, locales) and querysets; a task keeps
only JSON. A model instance is stored as its model label and primary key and read again from the
database when the job runs, so the worker sees the objects as they are then.
"""

from django.apps import apps
from django.db import models
from wagtail_localize.components import BaseComponentManager

MODEL_REFERENCE = "__model__"
PLAIN_TYPES = (str, int, float, bool, type(None))


class NotStorable(TypeError):
    """An argument that cannot be written as JSON: the job must run where it was asked for."""


def encoded(value):
    if isinstance(value, models.Model):
        return {MODEL_REFERENCE: value._meta.label, "pk": value.pk}
    if isinstance(value, (list, tuple, models.QuerySet)):
        return [encoded(item) for item in value]
    if isinstance(value, dict):
        return {str(key): encoded(item) for key, item in value.items()}
    if isinstance(value, BaseComponentManager):
        # The optional settings forms wagtail-localize shows beside a submission; none is registered
        # on this site, and an empty manager saves nothing, so it is stored as "no components".
        if list(value):
            raise NotStorable("translation components are forms bound to the request")
        return None
    if isinstance(value, PLAIN_TYPES):
        return value
    raise NotStorable(f"{type(value).__name__} cannot be stored as JSON")


def decoded(value):
    if isinstance(value, list):
        return [decoded(item) for item in value]
    if isinstance(value, dict) and MODEL_REFERENCE in value:
        return apps.get_model(value[MODEL_REFERENCE])._base_manager.get(pk=value["pk"])
    if isinstance(value, dict):
        return {key: decoded(item) for key, item in value.items()}
    return value
