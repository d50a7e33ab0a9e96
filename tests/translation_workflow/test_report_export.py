"""Managers download the report as a spreadsheet, filtered like the page (here by language)."""

import csv
import io

from django.urls import reverse

from .po import translation_of
from .translating import translate_texts


def download(client, **filters):
    response = client.get(reverse("translation_status_report"), {"export": "csv", **filters})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert 'filename="translations-by-page.csv"' in response["Content-Disposition"]
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_csv_export_has_a_line_per_page_and_language(admin_client, multilingual_site):
    translate_texts(translation_of(multilingual_site["theme"], "en"), {"title": "Energy", "summary": "Energy, in short."})

    lines = download(admin_client)

    assert lines[0] == ["Page", "Page ID", "Language", "Status", "Visible texts translated (%)"]
    theme_id = str(multilingual_site["theme"].pk)
    theme = {line[2]: (line[3], line[4]) for line in lines[1:] if line[1] == theme_id}
    assert theme == {
        "English": ("Published", "100"),
        "Español": ("In progress", "0"),
        "Português": ("In progress", "0"),
        "العربية": ("In progress", "0"),
        "简体中文": ("In progress", "0"),
    }
    assert ["Réseau de chaleur", str(multilingual_site["fact_sheet"].pk), "Español", "Missing", ""] in lines


def test_the_export_and_the_page_follow_the_language_filter(admin_client, multilingual_site):
    lines = download(admin_client, locale="es")
    page = admin_client.get(reverse("translation_status_report"), {"locale": "es"})

    assert {line[2] for line in lines[1:]} == {"Español"}
    assert [cell.locale.language_code for cell in page.context["rows"][0].statuses] == ["es"]
    assert 'value="es" selected' in page.content.decode()
