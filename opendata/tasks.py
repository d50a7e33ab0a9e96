"""The open data files are rewritten by the background worker (README, "Background work"), not in the editor's request."""

from django_tasks import task

from opendata import export


@task(backend="background")
def export_open_data():
    export.export_all()
