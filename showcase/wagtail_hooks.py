from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from showcase.models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "acronym", "sector", "kind", "is_member"]
    list_filter = ["sector", "kind", "is_member", "locale"]
    search_fields = ["name", "acronym"]


register_snippet(OrganisationViewSet)
