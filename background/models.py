"""What workers tell each other through the database: that they are alive, and who ran a periodic command."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class WorkerHeartbeat(models.Model):
    """A running worker writes its row every few seconds; a row left behind is a worker that died."""

    worker_id = models.CharField(_("worker"), max_length=64, unique=True)
    hostname = models.CharField(_("host"), max_length=255)
    pid = models.PositiveIntegerField(_("process"))
    started_at = models.DateTimeField(_("started at"))
    last_seen_at = models.DateTimeField(_("last seen at"), db_index=True)

    class Meta:
        verbose_name = _("background worker")
        verbose_name_plural = _("background workers")

    def __str__(self):
        return f"{self.worker_id} ({self.hostname}, pid {self.pid})"

    @classmethod
    def beat(cls, worker_id, hostname, pid, now):
        cls.objects.update_or_create(
            worker_id=worker_id,
            defaults={"last_seen_at": now},
            create_defaults={"hostname": hostname, "pid": pid, "started_at": now, "last_seen_at": now},
        )


class PeriodicRun(models.Model):
    """The last period for which a periodic command was started, by whichever worker claimed it."""

    name = models.CharField(_("command"), max_length=100, unique=True)
    period_start = models.DateTimeField(_("period started at"), null=True)
    worker_id = models.CharField(_("worker"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("periodic command run")
        verbose_name_plural = _("periodic command runs")

    def __str__(self):
        return f"{self.name} @ {self.period_start}"

    @classmethod
    def claim(cls, name, period_start, worker_id):
        """True for exactly one of the workers that ask for the same period, on every database.

        The update only matches while the stored period is older, and the database applies two
        concurrent updates of one row one after the other: the second finds nothing left to change.
        """
        cls.objects.get_or_create(name=name)
        older = Q(period_start__isnull=True) | Q(period_start__lt=period_start)
        return cls.objects.filter(older, name=name).update(period_start=period_start, worker_id=worker_id) == 1
