"""The public "Open data" page and its files, served from the storage (made at once when missing)."""

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.translation import get_language

from opendata import export


def stored_path(name):
    path = f"{export.DIRECTORY}/{name}"
    if not default_storage.exists(path):
        export.export_all()  # a new database, before any fact sheet was published
    return path


def open_data_page(request):
    downloads = [
        {"language": code, "name": name, "files": [(extension, export.file_name(code, extension)) for extension in export.FORMATS]}
        for code, name in export.language_names()
    ]
    return render(request, "opendata/open_data_page.html", {
        "downloads": downloads, "licence": export.LICENCE, "current_language": get_language(),
    })


def open_data_file(request, name):
    allowed = {"datapackage.json"} | {
        export.file_name(code, extension) for code in export.languages() for extension in export.FORMATS
    }
    if name not in allowed:
        raise Http404("No such file.")
    extension = name.rsplit(".", 1)[1]
    content_type = export.FORMATS.get(extension, "application/json")
    response = FileResponse(default_storage.open(stored_path(name)), content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"' if extension == "csv" else f'inline; filename="{name}"'
    return response
