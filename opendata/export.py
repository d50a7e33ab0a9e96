"""The fact sheets of each language as CSV (UTF-8 with BOM), JSON and GeoJSON, and the Frictionless datapackage.json.

A language's files hold the fact sheets published in that language (live and public), not their
fallbacks: each file is in one language. They are written to the default storage under
``opendata/`` and rewritten when a fact sheet is published or unpublished (opendata/signals.py).
"""

import csv
import datetime
import io
import json

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder

from core.collation import sorted_by_title
from core.visibility import is_visible, visible_to_visitors
from opendata.columns import COLUMNS, LIST_SEPARATOR, table_schema
from showcase.models import FactSheetPage

DIRECTORY = "opendata"
FORMATS = {"csv": "text/csv", "json": "application/json", "geojson": "application/geo+json"}
LICENCE = {
    "name": "etalab-2.0",
    "title": "Licence Ouverte / Open Licence 2.0",
    "path": "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf",
}


def languages():
    return [code for code, _name in settings.LANGUAGES]


def language_names():
    return list(settings.LANGUAGES)


def file_name(language_code, extension):
    return f"fact-sheets-{language_code}.{extension}"


def fact_sheet_row(page):
    country = page.visible_place_country()
    figures = [f"{figure.value.normalize():f} {figure.unit} {figure.label}".replace("  ", " ") for figure in page.key_figures.all()]
    values = {
        "id": page.pk, "translation_key": str(page.translation_key), "language": page.locale.language_code,
        "title": page.title, "summary": page.summary, "url": page.get_full_url(),
        "city": page.city, "region": page.region,
        "country": country.title if country else "", "country_iso_code": country.specific.iso_code if country else "",
        "latitude": float(page.latitude) if page.latitude is not None else None,
        "longitude": float(page.longitude) if page.longitude is not None else None,
        "year_start": page.year_start, "year_end": page.year_end, "status": page.get_status_display(),
        "programme": page.programme.title if is_visible(page.programme) else "",
        "themes": LIST_SEPARATOR.join(theme.title for theme in page.themes()),
        "partner_countries": LIST_SEPARATOR.join(country.title for country in page.countries()),
        "actors": LIST_SEPARATOR.join(f"{actor.organisation_shown.title} ({actor.role})" for actor in page.visible_actors()),
        "key_figures": LIST_SEPARATOR.join(figures),
        "last_published_at": page.last_published_at.astimezone(datetime.UTC).isoformat(timespec="seconds") if page.last_published_at else None,
    }
    return {column.name: values[column.name] for column in COLUMNS}


def rows(language_code):
    pages = visible_to_visitors(FactSheetPage.objects.filter(locale__language_code=language_code))
    pages = pages.select_related("place_country", "programme").order_by("pk")
    return [fact_sheet_row(page) for page in sorted_by_title(pages, language_code)]


def as_csv(table):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[column.name for column in COLUMNS], lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(table)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes spreadsheets read UTF-8


def as_geojson(table):
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
         "properties": {key: value for key, value in row.items() if key not in ("latitude", "longitude")}}
        for row in table if row["latitude"] is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def as_json_bytes(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1).encode("utf-8")


def save(name, content):
    path = f"{DIRECTORY}/{name}"
    if default_storage.exists(path):
        default_storage.delete(path)
    default_storage.save(path, ContentFile(content))


def export_language(language_code):
    table = rows(language_code)
    save(file_name(language_code, "csv"), as_csv(table))
    save(file_name(language_code, "json"), as_json_bytes(table))
    save(file_name(language_code, "geojson"), as_json_bytes(as_geojson(table)))


def datapackage():
    resources = []
    for code in languages():
        resources.append({"name": f"fact-sheets-{code}", "path": file_name(code, "csv"), "format": "csv",
                          "mediatype": "text/csv", "encoding": "utf-8-sig", "schema": table_schema()})
        for extension in ("json", "geojson"):
            resources.append({"name": f"fact-sheets-{code}-{extension}", "path": file_name(code, extension),
                              "format": extension, "mediatype": FORMATS[extension], "type": "file"})
    return {
        "name": "vivapolis-fact-sheets",
        "title": "Vivapolis — innovative achievements of the French sustainable city",
        "description": "The fact sheets of the Vivapolis network, one file per language and format.",
        "licenses": [LICENCE],
        "resources": resources,
    }


def export_all():
    for code in languages():
        export_language(code)
    save("datapackage.json", as_json_bytes(datapackage()))
