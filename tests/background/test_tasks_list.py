"""Superusers follow *Settings → Background tasks* to the list of tasks; other admin users do not see it."""

from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail_localize.tasks import background

from .jobs import note_attempt

TASKS_LIST = "/django-admin/django_tasks_database/dbtaskresult/"


def test_a_superuser_sees_the_waiting_tasks(admin_client, tmp_path, tasks_in_database):
    background.enqueue(note_attempt, [str(tmp_path / "attempts.log")], {})

    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    tasks = admin_client.get(TASKS_LIST)

    assert TASKS_LIST in dashboard and "Background tasks" in dashboard
    assert tasks.status_code == 200
    assert "run_job" in tasks.content.decode() and "Ready" in tasks.content.decode()


def test_other_admin_users_are_not_offered_the_tasks_list(client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert TASKS_LIST not in dashboard
    assert client.get(TASKS_LIST).status_code == 302  # Django's admin sends non-staff users to its login page
