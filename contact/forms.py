"""The contact form of a fact sheet, with two spam checks that need no third-party service.

- a honeypot: a field people never see (``hidden``) and robots fill in;
- a time check: the form carries the signed time it was shown; an answer sent less than
  ``CONTACT_MIN_SECONDS`` later (a robot) or more than a day later (a replayed form) is refused.
"""

from django import forms
from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contact.models import ContactMessage

SIGNING_SALT = "contact.form.shown_at"
MAX_AGE_SECONDS = 24 * 3600


def shown_at_token():
    return signing.TimestampSigner(salt=SIGNING_SALT).sign(str(int(timezone.now().timestamp())))


class ContactForm(forms.ModelForm):
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    shown_at = forms.CharField(widget=forms.HiddenInput)

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "organisation", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["shown_at"] = shown_at_token()
        for field in self.fields.values():
            field.widget.attrs.setdefault("class", "fr-input")

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(_("This message looks automated and was not sent."))
        return ""

    def clean_shown_at(self):
        signer = signing.TimestampSigner(salt=SIGNING_SALT)
        try:
            shown = int(signer.unsign(self.cleaned_data["shown_at"], max_age=MAX_AGE_SECONDS))
        except (signing.BadSignature, ValueError):
            raise forms.ValidationError(_("This form has expired: please send your message again."))
        if timezone.now().timestamp() - shown < settings.CONTACT_MIN_SECONDS:
            raise forms.ValidationError(_("This message was sent too fast to be typed: please send it again."))
        return self.cleaned_data["shown_at"]
