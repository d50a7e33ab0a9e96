"""The demo's French content, read from the TOML files of ``demo/data/``.

One file per kind of object (``[[themes]]``, ``[[fact_sheets]]``...). Texts may span lines: runs
of spaces and line breaks become one space. An object is translated into its ``languages``, or
its file's; ``"all"`` is every language that has a demo catalogue. A malformed file stops the
command with a message that names the file and the line, before anything is built.
"""

import re
import tomllib
from datetime import date
from pathlib import Path

from django.core.management import CommandError

DATA_DIR = Path(__file__).resolve().parent / "data"
ALL_LANGUAGES = "all"
WHITESPACE = re.compile(r"[ \t\r\n]+")

# The keys each file must have at its top, and those every object of its arrays must have.
FILE_KEYS = {
    "home.toml": ("languages", "site", "home", "indexes"),
    "standard_pages.toml": ("languages", "pages"),
    "themes.toml": ("languages", "picture_title", "themes"),
    "programmes.toml": ("languages", "programmes"),
    "countries.toml": ("languages", "countries"),
    "organisations.toml": ("languages", "organisations"),
    "fact_sheets.toml": ("languages", "texts", "roles", "witnesses", "fact_sheets"),
    "news.toml": ("languages", "news"),
    "events.toml": ("languages", "events"),
}
OBJECT_KEYS = {
    "pages": ("slug", "title", "summary", "body"),
    "themes": ("slug", "title", "icon", "colours", "summary", "questions", "body"),
    "programmes": ("slug", "title", "acronym", "status", "start_year", "summary", "body"),
    "countries": ("slug", "title", "iso", "region", "summary", "cooperation"),
    "organisations": ("slug", "title", "family", "member", "summary", "body"),
    "fact_sheets": (
        "slug", "title", "summary", "city", "region", "latitude", "longitude", "year_start", "year_end", "status",
        "themes", "countries", "figures", "actors", "context", "solution", "quote", "quote_by", "results",
    ),
    "news": ("slug", "days_ago", "title", "summary", "body"),
    "events": ("slug", "kind", "title", "summary", "body"),
}
INDEXES = ("themes", "fact_sheets", "countries", "members", "news", "events")
BLOCK_KINDS = ("h2", "h3", "p", "ul", "static")


def single_spaced(value):
    """``value`` with every text's runs of ASCII whitespace made one space (non-breaking ones stay)."""
    if isinstance(value, str):
        return WHITESPACE.sub(" ", value).strip()
    if isinstance(value, list):
        return [single_spaced(item) for item in value]
    if isinstance(value, dict):
        return {key: single_spaced(item) for key, item in value.items()}
    return value


def read_file(path):
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise CommandError(f"{path}: the demo data file is missing.")
    except tomllib.TOMLDecodeError as error:
        raise CommandError(f"{path}: not valid TOML: {error}.")
    check_keys(path, data)
    return single_spaced(data)


def require(mapping, keys, where):
    missing = [key for key in keys if key not in mapping]
    if missing:
        raise CommandError(f"{where} has no {', '.join(missing)}.")


def check_keys(path, data):
    require(data, FILE_KEYS[path.name], str(path))
    if path.name == "home.toml":
        require(data["indexes"], INDEXES, f"{path}: [indexes]")
    for array, keys in OBJECT_KEYS.items():
        for number, item in enumerate(data.get(array, ()), start=1):
            where = f"{path}: [[{array}]] {item.get('slug') or number}"
            require(item, keys, where)
            for block in item.get("body", ()):
                if len(block) != 1 or next(iter(block)) not in BLOCK_KINDS:
                    raise CommandError(f"{where}: a body block must be one of {', '.join(BLOCK_KINDS)}, not {block}.")
    for item in [data, *objects_of(data)]:
        languages = item.get("languages", ALL_LANGUAGES)
        if languages != ALL_LANGUAGES and not isinstance(languages, list):
            raise CommandError(f"{path}: languages must be \"{ALL_LANGUAGES}\" or a list of codes, not {languages!r}.")


def objects_of(data):
    """The objects of a parsed file: its home page, index pages and the items of its arrays."""
    yield from [data["home"]] if "home" in data else []
    yield from data.get("indexes", {}).values()
    for array in OBJECT_KEYS:
        yield from data.get(array, ())


class DemoContent:
    """Every file of ``demo/data``, with each object's ``languages`` filled in."""

    def __init__(self, files):
        self.files = files
        home = files["home.toml"]
        self.site, self.home, self.indexes = home["site"], home["home"], home["indexes"]
        self.standard_pages = files["standard_pages.toml"]["pages"]
        self.themes = files["themes.toml"]["themes"]
        self.theme_picture_title = files["themes.toml"]["picture_title"]
        self.programmes = files["programmes.toml"]["programmes"]
        self.countries = files["countries.toml"]["countries"]
        self.organisations = files["organisations.toml"]["organisations"]
        sheets = files["fact_sheets.toml"]
        self.fact_sheets, self.sheet_texts = sheets["fact_sheets"], sheets["texts"]
        self.roles, self.witnesses = sheets["roles"], sheets["witnesses"]
        self.news = files["news.toml"]["news"]
        self.events = files["events.toml"]["events"]
        for data in files.values():
            for item in objects_of(data):
                item.setdefault("languages", data.get("languages"))

    def objects(self):
        """``(kind, "file:name", object)`` for every object, in the order an editor translates them."""
        yield "home", "home.toml:home", self.home
        for key, index in self.indexes.items():
            yield "index", f"home.toml:indexes.{key}", index
        sequences = [
            ("page", "standard_pages.toml", self.standard_pages), ("theme", "themes.toml", self.themes),
            ("programme", "programmes.toml", self.programmes), ("country", "countries.toml", self.countries),
            ("organisation", "organisations.toml", self.organisations), ("fact_sheet", "fact_sheets.toml", self.fact_sheets),
            ("news", "news.toml", self.news), ("event", "events.toml", self.events),
        ]
        for kind, name, items in sequences:
            for item in items:
                yield kind, f"{name}:{item['slug']}", item


def resolve_languages(languages, every):
    """The codes of ``every`` (in its order) that ``languages`` (``"all"`` or a list) names."""
    return list(every) if languages == ALL_LANGUAGES else [code for code in every if code in languages]


def load_content():
    """The demo content, checked; ``CommandError`` naming the file (and line) on bad data."""
    content = DemoContent({name: read_file(DATA_DIR / name) for name in FILE_KEYS})
    check_references(content)
    return content


def check_event_dates(event):
    """An event is dated either by ``start``/``end``/``precision`` or, for an example, from today."""
    where = f"{DATA_DIR / 'events.toml'}: [[events]] {event['slug']}"
    if event.get("example"):
        require(event, ("start_in_days", "days"), where)
        return
    require(event, ("start", "end", "precision"), where)
    if event["precision"] not in ("day", "month", "year"):
        raise CommandError(f"{where}: precision must be day, month or year, not {event['precision']!r}.")
    try:
        start, end = date.fromisoformat(event["start"]), date.fromisoformat(event["end"])
    except (TypeError, ValueError):
        raise CommandError(f"{where}: start and end must be dates written YYYY-MM-DD.")
    if end < start:
        raise CommandError(f"{where}: the end comes before the start.")


def check_references(content):
    """Every slug or key an object names exists in the file that defines it."""
    known = {
        "theme": {theme["slug"] for theme in content.themes},
        "country": {country["slug"] for country in content.countries},
        "programme": {programme["slug"] for programme in content.programmes},
        "organisation": {organisation["slug"] for organisation in content.organisations},
        "role": set(content.roles),
        "witness": set(content.witnesses),
    }
    named = []
    for sheet in content.fact_sheets:
        where = f"{DATA_DIR / 'fact_sheets.toml'}: [[fact_sheets]] {sheet['slug']}"
        named += [(where, "theme", slug) for slug in sheet["themes"]]
        named += [(where, "country", slug) for slug in [*sheet["countries"], sheet.get("place_country")] if slug]
        named += [(where, "programme", sheet["programme"])] if sheet.get("programme") else []
        named += [(where, "organisation", actor["organisation"]) for actor in sheet["actors"]]
        named += [(where, "role", actor["role"]) for actor in sheet["actors"]]
        named += [(where, "witness", sheet["quote_by"])]
    for event in content.events:
        check_event_dates(event)
        if event.get("country"):
            named.append((f"{DATA_DIR / 'events.toml'}: [[events]] {event['slug']}", "country", event["country"]))
    for where, kind, name in named:
        if name not in known[kind]:
            raise CommandError(f"{where} names the {kind} {name!r}, which the demo data does not define.")
