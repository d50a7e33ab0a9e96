from django import template
from django.conf import settings

from contact.forms import ContactForm

register = template.Library()


@register.inclusion_tag("contact/form.html", takes_context=True)
def contact_form(context, page):
    """The contact form of a published fact sheet that names a contact address; nothing otherwise."""
    request = context.get("request")
    if request is None or not page.live or not getattr(page, "contact_email", ""):
        return {}
    return {
        "fact_sheet": page, "form": ContactForm(), "sent": request.GET.get("contact") == "sent",
        "retention_days": settings.CONTACT_RETENTION_DAYS, "show": True,
    }
