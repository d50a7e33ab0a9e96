"""The workers and the periodic command runs, read-only, beside django-tasks-db's list of tasks."""

from django.contrib import admin

from background.models import PeriodicRun, WorkerHeartbeat


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(ReadOnlyAdmin):
    list_display = ("worker_id", "hostname", "pid", "started_at", "last_seen_at")


@admin.register(PeriodicRun)
class PeriodicRunAdmin(ReadOnlyAdmin):
    list_display = ("name", "period_start", "worker_id")
