"""Build static/css/dsfr.css: the parts of the State design system (DSFR) that this site uses.

The DSFR's complete stylesheet (dsfr/dist/dsfr/dsfr.main.min.css, about 575 KB, 73 KB compressed) styles
every component of the design system, and most of it is unused on any page of this site. django-dsfr also
ships the DSFR split into parts (dist/core, dist/component/<name>, dist/utility/...). This script joins the
core and the components listed in scripts/dsfr_parts.toml, plus the few icons listed there, the way the DSFR's own build
joins all of them: every part's rules in the DSFR's order, then every media query once, holding the rules of
all parts. It rewrites the parts' relative url()s (fonts, icons) to point into the DSFR's static folder.

Most of the core and of these components is rules for classes that no page of this site uses; the script
leaves out:
- the utility classes for spacing (fr-mt-2w, fr-px-md-3v...), grid columns (fr-col-md-6, fr-col-offset-2)
  and the accent colours of components (fr-badge--green-menthe...) that no template, script or Python code
  of the site names (see used_classes(); a class name built in a template, such as fr-mt-{{ size }}, keeps
  every class that starts with its fixed part);
- the custom properties (design tokens) of the `:root` rule that no kept rule, no stylesheet or script of
  the site and no DSFR script refers to;
- selectors for the DSFR's former icon class prefix, fr-fi- (renamed fr-icon-), when nothing uses it.
No other rule is left out: states the DSFR's scripts add (fr-collapse--expanded...) stay.

The result is committed, so running the site needs no build step. Rebuild it after using a DSFR class that
the file lacks in a template (a component to add to scripts/dsfr_parts.toml, a spacing or column class), and after
upgrading django-dsfr:

    .venv/bin/python scripts/build_dsfr_css.py           # writes static/css/dsfr.css
    .venv/bin/python scripts/build_dsfr_css.py --check   # exit status 1 when the committed file is stale

tests/test_dsfr_stylesheet.py fails when the committed file differs from what this script builds, and when a
template uses a DSFR class that the file does not define.
"""

import argparse
import importlib.metadata
import importlib.util
import posixpath
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "static" / "css" / "dsfr.css"
# Where the DSFR's files are served from, seen from static/css/dsfr.css (django-dsfr's static/dsfr/dist/).
DIST_URL = "../dsfr/dist/"

# The components, icons, source folders and accent colours, as data.
PARTS = tomllib.loads((ROOT / "scripts" / "dsfr_parts.toml").read_text(encoding="utf-8"))
COMPONENTS, ICONS = PARTS["components"], PARTS["icons"]
SOURCE_FOLDERS, ACCENT_COLOURS = PARTS["source_folders"], PARTS["accent_colours"]
BREAKPOINT = r"(?:(?:sm|md|lg|xl)-)?"
PRUNABLE_CLASS = re.compile(
    rf"^fr-(?:[mp][trblxy]?-{BREAKPOINT}(?:n?\d+[vw]?|auto)"  # spacing: fr-mt-2w, fr-px-md-n1v, fr-m-auto
    rf"|col(?:-(?:sm|md|lg|xl))?(?:-\d+)?|col-offset-{BREAKPOINT}\d+(?:--right)?"  # grid columns and offsets
    rf"|[a-z_-]+--(?:{'|'.join(ACCENT_COLOURS)}))$"  # accent colours: fr-badge--green-menthe
)


def dsfr_dist():
    spec = importlib.util.find_spec("dsfr")
    if spec is None or spec.origin is None:
        raise SystemExit("django-dsfr is not installed in this Python (run `make install`).")
    return Path(spec.origin).parent / "static" / "dsfr" / "dist"


def split_statements(css):
    """The top-level statements of a stylesheet: rules, at-rules with a block, `@charset ...;` and comments."""
    statements, depth, start, index, length = [], 0, 0, 0, len(css)
    while index < length:
        char = css[index]
        if css.startswith("/*", index):
            end = css.index("*/", index + 2) + 2
            if depth == 0 and not css[start:index].strip():
                statements.append(css[index:end])
                start = end
            index = end
            continue
        if char in "\"'":
            index += 1
            while css[index] != char:
                index += 2 if css[index] == "\\" else 1
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                statements.append(css[start : index + 1].strip())
                start = index + 1
        elif char == ";" and depth == 0:
            statements.append(css[start : index + 1].strip())
            start = index + 1
        index += 1
    if css[start:].strip():
        raise ValueError(f"Unterminated CSS at the end: {css[start:start + 80]!r}")
    return [statement for statement in statements if statement]


def prelude(statement):
    return statement.split("{", 1)[0].strip()


def is_comment(statement):
    return statement.startswith("/*")


URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""")


def rewrite_urls(css, part_folder, dist):
    """Point the relative url()s of a part (relative to its folder under dist/) into the DSFR's static folder."""

    def replace(match):
        url = next(group for group in match.groups() if group is not None)
        if url.startswith(("data:", "#", "/", "http:", "https:")):
            return match.group(0)
        target = posixpath.normpath(posixpath.join(part_folder, url))
        if target.startswith("..") or not (dist / target).is_file():
            raise SystemExit(f"{part_folder}: url({url}) points to {target}, which django-dsfr does not ship.")
        return f"url({DIST_URL}{target})"

    return URL.sub(replace, css)


CLASS_TOKEN = re.compile(r"(?<![\w-])fr-[A-Za-z0-9_-]*")
PYTHON_CLASS_VALUE = re.compile(r"""class(?:Name)?\s*=\s*\\?["']([^"'\\]*)|["']class["']\s*:\s*["']([^"']*)""")


def source_files():
    for folder in SOURCE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in {".html", ".js", ".py"} and path != OUTPUT and "migrations" not in path.parts:
                yield path


def used_classes():
    """DSFR class names in the site's templates and scripts, and in class attributes written by its Python code.

    A name cut short by a template variable (`fr-icon-{{ theme.icon }}`) is kept as its prefix, `fr-icon-`.
    """
    found = {}
    for path in source_files():
        text = path.read_text()
        if path.suffix == ".py":
            chunks = [" ".join(filter(None, match.groups())) for match in PYTHON_CLASS_VALUE.finditer(text)]
        else:
            chunks = [text]
        for chunk in chunks:
            for name in CLASS_TOKEN.findall(chunk):
                found.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return found


def is_kept(class_name, used):
    if not PRUNABLE_CLASS.match(class_name) or class_name in used:
        return True
    return any(name.endswith("-") and class_name.startswith(name) for name in used)


SELECTOR_CLASS = re.compile(r"\.(fr-[A-Za-z0-9_-]+)")
NEGATION = re.compile(r":not\((?:[^()]|\([^()]*\))*\)")


def split_selectors(selector_list):
    """Selectors of a list, without splitting inside :not(...) or :is(...)."""
    selectors, depth, start = [], 0, 0
    for index, char in enumerate(selector_list):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            selectors.append(selector_list[start:index])
            start = index + 1
    return selectors + [selector_list[start:]]


def drop_unused_utilities(statements, used):
    legacy_icons = any(name.startswith("fr-fi-") for name in used)
    kept = []
    for statement in statements:
        head = prelude(statement)
        if head.startswith(("@media", "@supports")):
            inner = drop_unused_utilities(split_statements(statement[statement.index("{") + 1 : -1]), used)
            if inner:
                kept.append(f"{head}{{{''.join(inner)}}}")
        elif head.startswith("@") or is_comment(statement):
            kept.append(statement)
        else:
            selectors = split_selectors(head)
            live = []
            for selector in selectors:
                # What must match; a class under :not() only narrows the selector, so it does not count.
                positive = NEGATION.sub("", selector)
                if all(is_kept(name, used) for name in SELECTOR_CLASS.findall(positive)) and (
                    legacy_icons or "fr-fi-" not in positive
                ):
                    live.append(selector)
            if len(live) == len(selectors):
                kept.append(statement)
            elif live:
                kept.append(",".join(live) + statement[len(head) :])
    return kept


PROPERTY_REFERENCE = re.compile(r"var\((--[\w-]+)")
DECLARATION = re.compile(r"(--[\w-]+):([^;}]*)[;}]?")


def drop_unused_properties(statements, dist):
    """Leave out the declarations of the :root rule whose custom property nothing refers to."""
    roots = [number for number, statement in enumerate(statements) if prelude(statement) == ":root"]
    defined = {}
    for number in roots:
        body = statements[number][statements[number].index("{") + 1 : -1]
        for name, value in DECLARATION.findall(body):
            defined.setdefault(name, []).append(value)
    others = "".join(statement for number, statement in enumerate(statements) if number not in roots)
    outside = [path for path in (ROOT / "static").rglob("*") if path.suffix in {".css", ".js"} and path != OUTPUT]
    outside += [path for path in source_files() if path.suffix == ".html"]
    outside.append(dist / "dsfr" / "dsfr.module.min.js")
    referred = set(PROPERTY_REFERENCE.findall(others))
    for path in outside:
        referred |= set(re.findall(r"--[A-Za-z][\w-]*", path.read_text()))
    pending = list(referred)
    while pending:
        for value in defined.get(pending.pop(), []):
            for name in PROPERTY_REFERENCE.findall(value):
                if name not in referred:
                    referred.add(name)
                    pending.append(name)
    for number in roots:
        body = statements[number][statements[number].index("{") + 1 : -1]
        declarations = [d.rstrip(";}") for d in re.split(r";(?![^(]*\))", body) if d.strip()]
        kept = [d for d in declarations if not d.startswith("--") or d.split(":", 1)[0] in referred]
        statements[number] = ":root{" + ";".join(kept) + "}"
    return statements


def icon_rules(dist, names):
    """The rules of the icon sheet that give these icons their image (the shared icon rules are in the core)."""
    wanted = {f".fr-icon-{name}:after,.fr-icon-{name}:before": name for name in names}
    rules = {}
    for statement in split_statements((dist / "utility" / "icons" / "icons.main.min.css").read_text()):
        name = wanted.get(prelude(statement))
        if name:
            rules[name] = statement
    missing = sorted(set(names) - set(rules))
    if missing:
        raise SystemExit(f"The DSFR icon sheet has no icon named {', '.join(missing)}.")
    return [rules[name] for name in names]


def part_order(dist, folders):
    """The parts sorted as the DSFR's complete stylesheet has them (its components depend on that order)."""
    complete = dist / "dsfr" / "dsfr.main.min.css"
    statements = [rewrite_urls(s, "dsfr", dist) for s in split_statements(complete.read_text()) if not is_comment(s)]
    position = {}
    for number, statement in enumerate(statements):
        position.setdefault(statement, number)

    def first_position(folder):
        for statement in split_statements(read_part(dist, folder)):
            if not is_comment(statement) and not statement.startswith("@"):
                found = position.get(rewrite_urls(statement, folder, dist))
                if found is not None:
                    return found
        raise SystemExit(f"{folder}: none of its rules is in {complete.name}; is it a DSFR part?")

    return sorted(folders, key=first_position)


def read_part(dist, folder):
    """A part's stylesheet for current browsers (a few parts, such as download, have only one stylesheet)."""
    name = folder.rsplit("/", 1)[-1]
    main = dist / folder / f"{name}.main.min.css"
    return (main if main.exists() else dist / folder / f"{name}.min.css").read_text()


def dsfr_version(dist):
    match = re.search(r"DSFR v([\d.]+)", (dist / "core" / "core.main.min.css").read_text()[:500])
    return match.group(1) if match else "unknown"


def build():
    dist = dsfr_dist()
    folders = ["core"] + part_order(dist, [f"component/{name}" for name in COMPONENTS])
    rules, media = [], {}
    licence = None
    for folder in folders:
        for statement in split_statements(read_part(dist, folder)):
            if is_comment(statement):
                if licence is None and "License" in statement:
                    licence = statement
                continue
            if statement.startswith("@charset"):
                continue
            statement = rewrite_urls(statement, folder, dist)
            if statement.startswith("@media"):
                body = statement[statement.index("{") + 1 : -1]
                media.setdefault(prelude(statement), []).extend(s for s in split_statements(body) if not is_comment(s))
            else:
                rules.append(statement)
    rules += [rewrite_urls(rule, "utility/icons", dist) for rule in icon_rules(dist, ICONS)]
    header = (
        "/* Generated by scripts/build_dsfr_css.py: do not edit. The State design system (DSFR) "
        f"v{dsfr_version(dist)} from django-dsfr {importlib.metadata.version('django-dsfr')}: core, "
        f"components {', '.join(COMPONENTS)}; icons {', '.join(ICONS)}. "
        "Rebuild with `.venv/bin/python scripts/build_dsfr_css.py` after using another DSFR class in a template. */"
    )
    statements = rules + [f"{query}{{{''.join(inner)}}}" for query, inner in media.items() if inner]
    statements = drop_unused_properties(drop_unused_utilities(statements, used_classes()), dist)
    return "\n".join(['@charset "UTF-8";', header, licence or "", "".join(statements)]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit with status 1 when static/css/dsfr.css is stale")
    arguments = parser.parse_args()
    css = build()
    if arguments.check:
        if not OUTPUT.exists() or OUTPUT.read_text() != css:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run scripts/build_dsfr_css.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(css)
    print(f"Wrote {OUTPUT.relative_to(ROOT)} ({len(css.encode()) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
