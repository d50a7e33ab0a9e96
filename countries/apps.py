from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CountriesConfig(AppConfig):
    name = "countries"
    verbose_name = _("Partner countries")
    default_auto_field = "django.db.models.BigAutoField"
