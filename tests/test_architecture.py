"""The apps' imports run one way, no import hides inside a function, and files stay small.

Read from the source with ``ast``: nothing is imported or run. The layers below are the
architecture of docs/architecture.md; change both together.
"""

import ast
from pathlib import Path

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ["core", "showcase", "news", "themes", "countries", "home"]
# What each app may import, besides itself. Domain apps import only the layers below them;
# the side rooms read the domain through core's declared interfaces (demo builds it all).
MAY_IMPORT = {
    "core": set(),
    "showcase": {"core"},
    "news": {"core"},
    "themes": {"core", "showcase"},
    "countries": {"core", "showcase", "news"},
    "home": {"core", "showcase", "news", "themes", "countries"},
    "search": {"core"},
    "translation_workflow": {"core"},
    "background": {"core"},
    "operations": set(),  # headers, abuse limits, backups: reads no app of the project
    "caching": {"core"},  # the page cache: reads the visibility rule only
    # Outreach: what the site shows beyond its pages, reading the domain apps it publishes.
    "feeds": {"core", "news"},
    "previews": {"core", "showcase", "news"},
    "api": {"core", "showcase", "news"},
    "opendata": {"core", "showcase"},
    "contact": {"core", "showcase"},
    "demo": {*DOMAIN, "search", "translation_workflow"},
}
PROJECT_PACKAGES = {*MAY_IMPORT, "vivapolis", "tests"}
# Imported where they are used because loading them needs system libraries the site can run without.
OPTIONAL_HEAVY_LIBRARIES = {"weasyprint"}
MAX_FILE_LINES = 300
MAX_FUNCTION_LINES = 60


def python_files(app):
    return [path for path in sorted((ROOT / app).rglob("*.py")) if "migrations" not in path.parts]


def parsed(path):
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imported_modules(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def functions(tree):
    return [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]


def relative(path):
    return path.relative_to(ROOT)


@pytest.mark.parametrize("app", MAY_IMPORT)
def test_imports_run_one_way(app):
    upward = []
    for path in python_files(app):
        for module in imported_modules(parsed(path)):
            package = module.split(".")[0]
            if package in PROJECT_PACKAGES and package != app and package not in MAY_IMPORT[app]:
                upward.append(f"{relative(path)} imports {module}")
    assert not upward, f"{app} may import only {sorted(MAY_IMPORT[app]) or 'nothing of the project'}:\n" + "\n".join(upward)


@pytest.mark.parametrize("app", MAY_IMPORT)
def test_no_import_hides_inside_a_function(app):
    hidden = []
    for path in python_files(app):
        for function in functions(parsed(path)):
            if function.name == "ready":  # AppConfig.ready(): Django's place to connect signals
                continue
            for node in ast.walk(function):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    modules = set(imported_modules(ast.Module(body=[node], type_ignores=[])))
                    if {module.split(".")[0] for module in modules} - OPTIONAL_HEAVY_LIBRARIES:
                        hidden.append(f"{relative(path)}:{node.lineno} in {function.name}()")
    assert not hidden, "Imports belong at the top of the module:\n" + "\n".join(hidden)


@pytest.mark.parametrize("app", MAY_IMPORT)
def test_files_and_functions_stay_small(app):
    too_long = []
    for path in python_files(app):
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_FILE_LINES:
            too_long.append(f"{relative(path)}: {lines} lines (at most {MAX_FILE_LINES})")
        for function in functions(parsed(path)):
            length = function.end_lineno - function.lineno + 1
            if length > MAX_FUNCTION_LINES:
                too_long.append(f"{relative(path)}:{function.lineno} {function.name}(): {length} lines (at most {MAX_FUNCTION_LINES})")
    assert not too_long, "Split these so that they can be read at once:\n" + "\n".join(too_long)


def domain_names():
    """Names only the domain apps know: their model names, and the multi-word fields and relations they define."""
    names = set()
    for app in DOMAIN:
        for model in apps.get_app_config(app).get_models():
            names |= {model.__name__.lower(), model._meta.model_name}
            own_fields = [field for field in model._meta.get_fields() if getattr(field, "model", model) is model]
            names |= {field.name for field in own_fields if "_" in field.name and not field.name.endswith("_ptr")}
    # Fields every page or indexed model has, whichever app defines the model.
    return names - {"translation_key", "sort_order", "latest_revision", "live_revision", "index_entries"}


@pytest.mark.parametrize("app", ["search", "translation_workflow", "background", "operations", "caching"])
def test_side_rooms_name_no_domain_model_or_field(app):
    forbidden = domain_names()
    named = []
    for path in python_files(app):
        for node in ast.walk(parsed(path)):
            words = []
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words = node.value.lower().replace(".", " ").replace("__", " ").split()
            elif isinstance(node, (ast.Name, ast.Attribute)):
                words = [(node.id if isinstance(node, ast.Name) else node.attr).lower()]
            named += [f"{relative(path)}:{node.lineno} {word}" for word in words if word in forbidden]
    assert not named, f"{app} reads the domain through core's registry and interfaces only:\n" + "\n".join(named)
