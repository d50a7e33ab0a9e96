"""Renditions are made when a page is published, so that no visitor's request has to make one."""

import logging

from wagtail.signals import page_published

from core.images import generate_page_renditions

logger = logging.getLogger(__name__)


def generate_renditions_on_publish(sender, instance, **kwargs):
    try:
        generate_page_renditions(instance)
    except Exception:  # A broken image file must not block publishing; the command can retry.
        logger.exception("Could not pre-generate the renditions of page %s", instance.pk)


def connect():
    page_published.connect(generate_renditions_on_publish, dispatch_uid="core_generate_renditions")


def disconnect():
    """For bulk loads, which make the renditions once at the end (``generate_renditions``)."""
    page_published.disconnect(dispatch_uid="core_generate_renditions")
