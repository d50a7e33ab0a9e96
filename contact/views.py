"""Receiving a contact message: checks, storage, the e-mail to the fact sheet's contact, the answer to the visitor."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from contact.forms import ContactForm, shown_at_token
from core.pagination import MAX_DATABASE_ID
from core.visibility import visible_to_visitors
from showcase.models import FactSheetPage

RATE_LIMIT_GROUP = "contact:send"


def contactable_page(page_id):
    if page_id > MAX_DATABASE_ID:
        raise Http404("No contact for this page.")
    page = visible_to_visitors(FactSheetPage.objects.filter(pk=page_id)).exclude(contact_email="").first()
    if page is None:
        raise Http404("No contact for this page.")
    return page


def send_to_contact(contact_message, page, request):
    context = {"message": contact_message, "page": page, "page_url": request.build_absolute_uri(page.get_url(request))}
    mail = EmailMessage(
        subject=render_to_string("contact/mail_subject.txt", context).strip(),
        body=render_to_string("contact/mail_body.txt", context),
        to=[page.contact_email],
        reply_to=[contact_message.email],
    )
    mail.send()


# No CSRF token: the form is anonymous (no session or login for a forged request to ride on), and a token
# would make each fact sheet page unique to its visitor, which the page cache cannot keep. The honeypot,
# the signed time check and the rate limit are the form's defences.
@csrf_exempt
@require_POST
def send_message(request, page_id):
    page = contactable_page(page_id)
    limited = is_ratelimited(request, group=RATE_LIMIT_GROUP, key="ip", rate=settings.CONTACT_RATE_LIMIT, increment=True)
    form = ContactForm(request.POST)
    if limited or not form.is_valid():
        form.data = form.data.copy()
        form.data["shown_at"] = shown_at_token()  # a new start for the time check: the visitor only sends again
        context = {"fact_sheet": page, "form": form, "too_many": limited, "retention_days": settings.CONTACT_RETENTION_DAYS}
        return render(request, "contact/contact_page.html", context, status=429 if limited else 400)
    contact_message = form.save(commit=False)
    contact_message.page, contact_message.language = page, get_language()
    contact_message.sent_to = page.contact_email
    contact_message.save()
    send_to_contact(contact_message, page, request)
    return HttpResponseRedirect(f"{page.get_url(request)}?contact=sent#contact")
