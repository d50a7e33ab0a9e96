"""Tags of the translation editor's template (wagtail-localize's, extended in templates/wagtail_localize/)."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from wagtail.models import Page

from translation_workflow.review import submit_for_review_buttons

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review_buttons(context, instance):
    """The header buttons of a translated page's editor: "Submit for review" when its user may hand it in."""
    if not isinstance(instance, Page):
        return []
    return submit_for_review_buttons(instance, context["request"].user)


@register.simple_tag(takes_context=True)
def translation_editor_props(context, props, instance):
    """The editor's props, without Delete and Convert to alias for a user who may not publish the page (roles.py)."""
    if not isinstance(instance, Page) or instance.permissions_for_user(context["request"].user).can_publish():
        return props
    decoded = json.loads(props)
    decoded["perms"]["canDelete"] = False
    decoded["links"]["convertToAliasUrl"] = None
    return json.dumps(decoded, cls=DjangoJSONEncoder)
