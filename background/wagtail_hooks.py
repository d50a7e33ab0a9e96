"""Admin wiring of the background work: the list of tasks, for superusers."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_background_tasks_menu_item():
    # django-tasks-db's read-only list of tasks (status, dates, the traceback of a failure), in Django's admin.
    return SuperuserMenuItem(
        _("Background tasks"), reverse("admin:django_tasks_database_dbtaskresult_changelist"), icon_name="cogs", order=1000
    )
