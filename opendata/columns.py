"""The columns of the fact sheet export, described once: the CSV header, the JSON keys and the Table Schema."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Table Schema type
    description: str
    required: bool = False


LIST_SEPARATOR = " ; "

COLUMNS = (
    Column("id", "integer", "Page id of this version of the fact sheet (the API's /api/v2/pages/<id>/).", True),
    Column("translation_key", "string", "The same for every language version of a fact sheet.", True),
    Column("language", "string", "Language of the texts (BCP 47).", True),
    Column("title", "string", "Name of the achievement.", True),
    Column("summary", "string", "Two or three sentences presenting it."),
    Column("url", "string", "Address of the fact sheet on the site.", True),
    Column("city", "string", "City where it is located."),
    Column("region", "string", "Region where it is located."),
    Column("country", "string", "Country where it is located (empty: France)."),
    Column("country_iso_code", "string", "ISO 3166-1 alpha-2 code of that country (empty: France)."),
    Column("latitude", "number", "Latitude in decimal degrees (WGS 84)."),
    Column("longitude", "number", "Longitude in decimal degrees (WGS 84)."),
    Column("year_start", "integer", "Year the project started."),
    Column("year_end", "integer", "Year the project ended."),
    Column("status", "string", "Planned, in progress, completed or completed and replicated.", True),
    Column("programme", "string", "Programme it belongs to (for example the DIVD industrial demonstrators)."),
    Column("themes", "string", f"Themes of the network it illustrates, separated by '{LIST_SEPARATOR.strip()}'."),
    Column("partner_countries", "string", f"Countries where it is exported or replicable, separated by '{LIST_SEPARATOR.strip()}'."),
    Column("actors", "string", f"Organisations credited, each with its role in brackets, separated by '{LIST_SEPARATOR.strip()}'."),
    Column("key_figures", "string", f"Key figures (value, unit, label), separated by '{LIST_SEPARATOR.strip()}'."),
    Column("last_published_at", "datetime", "When this version was last published (UTC, ISO 8601; empty when unknown)."),
)


def table_schema():
    return {
        "fields": [
            {"name": column.name, "type": column.type, "description": column.description,
             **({"constraints": {"required": True}} if column.required else {})}
            for column in COLUMNS
        ],
        "primaryKey": ["id"],
    }
