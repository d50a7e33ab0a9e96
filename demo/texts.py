"""The French texts the demo translates, by language: the msgids of the demo catalogues.

They are the texts wagtail-localize extracts as segments from the demo objects (slugs aside: the
loader keeps the French slug). Each is named by where it is written
(``fact_sheets.toml:exemple-tramway-sobre``) and by the field it fills.
"""

from dataclasses import dataclass, field

from .content import resolve_languages

TEXT_FIELDS = {
    "home": ("title", "hero_title", "hero_text", "hero_cta_label", "introduction"),
    "index": ("title", "introduction"),
    "page": ("title", "summary", "body"),
    "theme": ("title", "summary", "body", "questions"),
    "programme": ("title", "summary", "body"),
    "country": ("title", "summary", "cooperation"),
    "organisation": ("title", "summary", "body"),
    "fact_sheet": ("title", "summary", "city", "region", "context", "solution", "quote", "results"),
    "news": ("title", "summary", "body"),
    "event": ("title", "summary", "city", "place_country", "venue", "body"),
}
BODY_FIELDS = {"h2": "body heading", "h3": "body heading", "p": "body paragraph", "ul": "body list item"}
SHEET_TEXTS = ("contact_name", "contact_organisation", "heading_context", "heading_solution", "heading_results",
               "gallery_alt", "gallery_caption")
SHEET_FLAG_TEXTS = {"document": ("document_title",), "video": ("video_title", "video_transcript")}


@dataclass
class Message:
    """One French text: where it is written and which fields it fills."""

    msgid: str
    occurrences: list = field(default_factory=list)
    fields: list = field(default_factory=list)

    def add(self, occurrence, field_name):
        if occurrence not in self.occurrences:
            self.occurrences.append(occurrence)
        if field_name not in self.fields:
            self.fields.append(field_name)


def texts_of(occurrence, item, names):
    """``(occurrence, field, text)`` for the non-empty texts of ``item``'s fields ``names``."""
    found = []
    for name in names:
        value = item.get(name)
        if name == "body":
            for block in value:
                ((kind, text),) = block.items()
                if kind == "static":
                    continue
                found += [(occurrence, BODY_FIELDS[kind], part) for part in (text if kind == "ul" else [text])]
        elif isinstance(value, list):
            found += [(occurrence, name, text) for text in value]
        elif value:
            found.append((occurrence, name, value))
    return found


def fact_sheet_texts(content, occurrence, sheet):
    """A sheet's own texts, and those it shares with the others (named where they are written)."""
    found = texts_of(occurrence, sheet, TEXT_FIELDS["fact_sheet"])
    found += [(occurrence, "key figure unit", figure["unit"]) for figure in sheet["figures"] if figure["unit"]]
    found += [(occurrence, "key figure label", figure["label"]) for figure in sheet["figures"]]
    shared = [*SHEET_TEXTS, *[name for flag, names in SHEET_FLAG_TEXTS.items() if sheet.get(flag) for name in names]]
    found += [(f"fact_sheets.toml:texts.{name}", name, content.sheet_texts[name]) for name in shared]
    found += [(f"fact_sheets.toml:roles.{actor['role']}", "actor role", content.roles[actor["role"]]) for actor in sheet["actors"]]
    found.append((f"fact_sheets.toml:witnesses.{sheet['quote_by']}", "quote attribution", content.witnesses[sheet["quote_by"]]))
    return found


def object_texts(content, kind, occurrence, item):
    if kind == "fact_sheet":
        return fact_sheet_texts(content, occurrence, item)
    return texts_of(occurrence, item, TEXT_FIELDS[kind])


def messages_by_language(content, languages):
    """``{language: {French text: Message}}``, in the order the texts are first met."""
    messages = {code: {} for code in languages}
    for kind, occurrence, item in content.objects():
        texts = object_texts(content, kind, occurrence, item)
        for code in resolve_languages(item["languages"], languages):
            for where, field_name, text in texts:
                messages[code].setdefault(text, Message(text)).add(where, field_name)
    return messages
