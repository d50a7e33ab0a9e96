"""Admin of the synonyms (*Settings → Synonyms*): groups of words that mean the same, per language.

The views use the model permissions ``search.add_synonym``, ``change_synonym`` and ``delete_synonym``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_forms import PerLanguageForm
from .models import Synonym, language_name


class SynonymForm(PerLanguageForm):
    pass


class SynonymViewSet(ModelViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Synonyms")
    menu_name = "search-synonyms"
    menu_order = 901
    add_to_settings_menu = True
    url_prefix = "search-synonyms"
    name = "search_synonyms"
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = [
        "terms",
        Column("language", label=_("Language"), accessor=lambda synonym: language_name(synonym.locale)),
    ]
    list_filter = ["locale"]
    search_fields = ["terms"]
    ordering = ["locale", "terms"]

    def get_edit_handler(self):
        return ObjectList([FieldPanel("locale"), FieldPanel("terms")], base_form_class=SynonymForm).bind_to_model(
            self.model
        )


synonym_viewset = SynonymViewSet()
