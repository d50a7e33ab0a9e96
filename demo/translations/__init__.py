"""Translation tables for the demo content.

Each language module (``en.py``, ``es.py``...) gives, for each demo object, the list of its
translated strings in the order of ``source_strings()`` below (title first, then summary,
body texts...), plus ``PLACES`` for city and region names. ``TRANSLATIONS[code]`` maps every
French string to its translation; wagtail-localize segments are looked up there.
"""

from importlib import import_module

from .. import countries, fact_sheets, news, organisations, pages, themes

LANGUAGE_MODULES = {"en": "en", "es": "es", "pt": "pt", "ar": "ar", "zh-hans": "zh_hans"}


def body_texts(body):
    texts = []
    for kind, *args in body:
        if kind in ("h2", "h3", "p"):
            texts.append(args[0])
        elif kind == "ul":
            texts.extend(args[0])
        elif kind == "quote":
            texts.extend(args)
    return texts


def source_strings():
    """Every translatable French string of the demo, grouped by object, in a fixed order."""
    strings = {
        "home": [pages.HOME["title"], pages.HOME["hero_title"], pages.HOME["hero_text"], pages.HOME["hero_cta_label"],
                 *pages.HOME["introduction"]],
        "common": [
            fact_sheets.HEADING_CONTEXT, fact_sheets.HEADING_SOLUTION, fact_sheets.HEADING_RESULTS,
            fact_sheets.GALLERY_ALT, fact_sheets.GALLERY_CAPTION, fact_sheets.DOCUMENT_TITLE,
            fact_sheets.VIDEO_TITLE, fact_sheets.VIDEO_TRANSCRIPT,
            fact_sheets.ELECTED, fact_sheets.RESIDENT, fact_sheets.ENGINEER, fact_sheets.PARTNER,
            fact_sheets.OWNER, fact_sheets.DESIGNER, fact_sheets.OPERATOR, fact_sheets.RESEARCH, fact_sheets.FUNDER,
            fact_sheets.FACILITATOR, "Secrétariat du réseau Vivapolis",
        ],
    }
    for key, data in pages.INDEXES.items():
        strings[f"index:{key}"] = [data["title"], *data["introduction"]]
    for data in pages.STANDARD_PAGES:
        strings[f"page:{data['slug']}"] = [data["title"], data["summary"], *body_texts(data["body"])]
    for data in themes.THEMES:
        strings[f"theme:{data['slug']}"] = [data["title"], data["summary"], *body_texts(data["body"]), *data["questions"]]
    for data in themes.PROGRAMMES:
        strings[f"programme:{data['slug']}"] = [data["title"], data["summary"], *body_texts(data["body"])]
    for data in countries.COUNTRIES:
        strings[f"country:{data['slug']}"] = [data["title"], data["summary"], data["cooperation"]]
    for key, name, _acronym, _sector, _kind, _website, description in organisations.MEMBERS:
        strings[f"org:{key}"] = [name, description]
    for key, name, _sector, _kind, description in organisations.FICTIONAL:
        strings[f"org:{key}"] = [name, description]
    for data in fact_sheets.FACT_SHEETS:
        strings[f"sheet:{data['slug']}"] = [
            data["title"], data["summary"], data["context"], data["solution"], data["quote"][0], data["results"],
            *[label for _value, _unit, label in data["figures"]],
        ]
    for data in news.NEWS:
        strings[f"news:{data['slug']}"] = [data["title"], data["summary"], *body_texts(data["body"])]
    for data in news.EVENTS:
        strings[f"event:{data['slug']}"] = [data["title"], data["summary"], *body_texts(data["body"])]
    return strings


def _invariant_strings():
    """Strings that stay as they are in a language that gives no translation for them.

    ISO codes, icon names and programme acronyms are also extracted as segments, because the
    models do not (yet) declare them ``SynchronizedField``.
    """
    same = {"Vivapolis"}
    same.update(data["iso"] for data in countries.COUNTRIES)
    same.update(data["icon"] for data in themes.THEMES)
    same.update(data["acronym"] for data in themes.PROGRAMMES)
    for data in fact_sheets.FACT_SHEETS:
        city, region, *_ = data["place"]
        same.update({city, region, *[unit for _value, unit, _label in data["figures"] if unit]})
    for data in news.EVENTS:
        same.update({data["city"], data["venue"]} - {""})
    for _key, _name, acronym, *_ in organisations.MEMBERS:
        if acronym:
            same.add(acronym)
    return same


SAME_IN_EVERY_LANGUAGE = _invariant_strings()


def build_table(module):
    sources = source_strings()
    table = dict(getattr(module, "PLACES", {}))
    for key, translated in module.STRINGS.items():
        if key not in sources:
            raise ValueError(f"{module.__name__}: unknown demo object {key!r}")
        if len(translated) != len(sources[key]):
            raise ValueError(
                f"{module.__name__}: {key!r} has {len(translated)} strings, the French source has {len(sources[key])}"
            )
        table.update(zip(sources[key], translated, strict=True))
    return table


TRANSLATIONS = {
    code: build_table(import_module(f"{__name__}.{module_name}")) for code, module_name in LANGUAGE_MODULES.items()
}
