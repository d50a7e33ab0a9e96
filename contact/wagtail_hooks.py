"""*Reports → Contact messages*: the messages visitors sent, exportable as CSV or XLSX by whoever may view them."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from contact.models import ContactMessage


class ContactMessageViewSet(ModelViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    add_to_reports_menu = True
    inspect_view_enabled = True
    list_display = ["created_at", "name", "email", "organisation", "page", "language"]
    list_filter = ["language", "created_at"]
    list_export = ["created_at", "page", "language", "name", "email", "organisation", "message", "sent_to"]
    search_fields = ["name", "email", "organisation", "message"]
    form_fields = ["name", "email", "organisation", "message"]
    export_filename = "contact-messages"


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("contact_messages")
