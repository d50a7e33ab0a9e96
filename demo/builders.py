"""Helpers that create demo pages once: a page is found again by its slug under its parent."""

import uuid

from modelcluster.models import get_all_child_relations
from wagtail.models import Locale


def stream(blocks):
    """Raw StreamField data from a compact description of the body.

    ``("h2", text)`` / ``("h3", text)`` headings, ``("p", text)`` paragraphs (text may hold
    inline ``<b>``/``<i>``), ``("ul", [item, ...])`` lists, ``("quote", text, attribution)`` and
    ``("static", block name)`` for a block that shows the site's settings (publisher, tile server).
    Block ids are derived from the content, so that a rebuild gives the same ids.
    """
    data = []
    for index, (kind, *args) in enumerate(blocks):
        if kind in ("h2", "h3"):
            block = ("heading", {"text": args[0], "level": kind})
        elif kind == "p":
            block = ("paragraph", f"<p>{args[0]}</p>")
        elif kind == "ul":
            items = "".join(f"<li>{item}</li>" for item in args[0])
            block = ("paragraph", f"<ul>{items}</ul>")
        elif kind == "quote":
            block = ("quote", {"quote": args[0], "attribution": args[1]})
        elif kind == "static":
            block = (args[0], None)
        else:
            raise ValueError(f"Unknown demo block kind: {kind}")
        block_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{index}:{kind}:{args[0]}"))
        data.append({"type": block[0], "value": block[1], "id": block_id})
    return data


def body(blocks):
    """The ``stream`` description of a body read from TOML (``[{"h2": text}, {"p": text}, ...]``)."""
    return stream([(kind, text) for block in blocks for kind, text in block.items()])


def rich(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def get_child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def ensure_page(parent, model, slug, **fields):
    """The child of ``parent`` with this ``slug``, created and published if it does not exist.

    Orderables (``ParentalKey`` children) are passed as lists in ``fields``; they get the page's
    locale, as wagtail-localize expects. Returns ``(page, created)``.
    """
    page = get_child(parent, model, slug)
    if page is not None:
        return page, False
    locale = parent.locale if parent.depth > 1 else Locale.get_default()
    relation_names = {relation.name for relation in get_all_child_relations(model)}
    children = {name: value for name, value in fields.items() if name in relation_names}
    page = model(slug=slug, locale=locale, **{k: v for k, v in fields.items() if k not in children})
    for name, items in children.items():
        for item in items:
            item.locale = locale
        setattr(page, name, items)
    parent.add_child(instance=page)
    page.save_revision().publish(skip_permission_checks=True)
    return page, True
