from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import signals, site_wide_cache, tasks

        signals.connect()
        site_wide_cache.connect()
        tasks.connect()
