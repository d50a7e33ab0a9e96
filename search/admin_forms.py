"""What the search admin's forms share."""

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale


class PerLanguageForm(WagtailAdminModelForm):
    """The form of something that belongs to one language (``locale``): a new one starts in the source language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.locale_id:
            self.fields["locale"].initial = Locale.get_default().pk
        self.fields["locale"].empty_label = None
