"""The open data files of every language validate against their own datapackage.json and follow publishing."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.conf import settings
from frictionless import Package

from opendata.columns import COLUMNS
from tests.factories import FactSheetPageFactory
from tests.factories.editing import translated_page

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def download(client, name, language="fr"):
    response = client.get(f"/{language}/open-data/{name}")
    assert response.status_code == 200, name
    return b"".join(response.streaming_content)


def csv_rows(content):
    assert content.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: spreadsheets keep the accents
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def test_package_and_every_file_validate_with_frictionless(client, multilingual_site, tmp_path):
    (tmp_path / "datapackage.json").write_bytes(download(client, "datapackage.json"))
    descriptor = json.loads((tmp_path / "datapackage.json").read_text())
    assert descriptor["licenses"][0]["name"] == "etalab-2.0"
    for resource in descriptor["resources"]:
        (tmp_path / resource["path"]).write_bytes(download(client, resource["path"]))
    assert {resource["path"] for resource in descriptor["resources"]} == {
        f"fact-sheets-{code}.{extension}" for code in LANGUAGES for extension in ("csv", "json", "geojson")
    }
    report = Package(str(tmp_path / "datapackage.json")).validate()
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])
    schema_names = [field["name"] for field in descriptor["resources"][0]["schema"]["fields"]]
    assert schema_names == [column.name for column in COLUMNS] and all(
        field["description"] for field in descriptor["resources"][0]["schema"]["fields"]
    )


def test_each_language_has_its_own_fact_sheets_with_accents_intact(client, multilingual_site):
    french = csv_rows(download(client, "fact-sheets-fr.csv"))
    assert [(row["title"], row["themes"], row["partner_countries"]) for row in french] == [("Réseau de chaleur", "Énergie", "Maroc")]
    english = csv_rows(download(client, "fact-sheets-en.csv"))
    assert [row["language"] for row in english] == ["en"]
    assert csv_rows(download(client, "fact-sheets-ar.csv")) == []  # not translated into Arabic: no fallback in a language's file


def test_publishing_a_fact_sheet_rewrites_the_files(client, bilingual_site, django_capture_on_commit_callbacks):
    assert [row["title"] for row in json.loads(download(client, "fact-sheets-fr.json"))] == ["Quartier bas carbone", "Tramway solaire"]
    fact_sheet = FactSheetPageFactory(parent=bilingual_site["fact_sheet_index"], title="Écoquartier", latitude=Decimal("44.84"), longitude=Decimal("-0.58"),
                                      themes=[bilingual_site["theme"]])
    with django_capture_on_commit_callbacks(execute=True):
        fact_sheet.save_revision().publish()
    titles = [row["title"] for row in json.loads(download(client, "fact-sheets-fr.json"))]
    assert titles == ["Écoquartier", "Quartier bas carbone", "Tramway solaire"]
    places = json.loads(download(client, "fact-sheets-fr.geojson"))
    points = {feature["properties"]["title"]: feature["geometry"]["coordinates"] for feature in places["features"]}
    assert points["Écoquartier"] == [-0.58, 44.84]
    with django_capture_on_commit_callbacks(execute=True):
        fact_sheet.unpublish()
    assert "Écoquartier" not in download(client, "fact-sheets-fr.csv").decode("utf-8-sig")


def test_files_hold_only_public_fact_sheets(client, bilingual_site, django_capture_on_commit_callbacks):
    draft = FactSheetPageFactory(parent=bilingual_site["fact_sheet_index"], title="Brouillon secret", live=False, themes=[bilingual_site["theme"]])
    english = translated_page(bilingual_site["fact_sheet"], "en")
    with django_capture_on_commit_callbacks(execute=True):
        english.unpublish()
    for name in ("fact-sheets-fr.csv", "fact-sheets-fr.json", "fact-sheets-en.csv", "fact-sheets-en.geojson"):
        content = download(client, name).decode("utf-8-sig")
        assert "Brouillon secret" not in content and str(draft.pk) not in content.split(",")
    assert csv_rows(download(client, "fact-sheets-en.csv")) == []


def test_open_data_page_links_every_file_and_names_the_licence(client, bilingual_site):
    page = client.get("/en/open-data/").content.decode()
    assert "Licence Ouverte / Open Licence 2.0" in page
    for code in LANGUAGES:
        for extension in ("csv", "json", "geojson"):
            assert f'href="/en/open-data/fact-sheets-{code}.{extension}"' in page
    assert 'href="/en/open-data/datapackage.json"' in page


@pytest.mark.parametrize("name", ["../settings.py", "fact-sheets-de.csv", "datapackage.xml"])
def test_only_the_export_files_are_served(client, bilingual_site, name):
    assert client.get(f"/fr/open-data/{name}").status_code == 404
