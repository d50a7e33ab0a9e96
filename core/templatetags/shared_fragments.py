"""``{% shared_fragment name [part ...] %}...{% endshared_fragment %}``: a piece of a page rendered once and
kept in the site-wide cache (``core.site_wide_cache``), so that it is as fresh as the data it shows: any page,
image or chrome change makes it stale.

The name and its parts (joined by ":", with the active language) say everything the piece depends on besides
that data: the page it belongs to, the listing, its page number. When one of them is empty (``None``: a page not saved
yet, a filtered listing), and for a preview, the piece is rendered each time.
"""

from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from core import site_wide_cache

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, parts, nodelist):
        self.parts = parts
        self.nodelist = nodelist

    def render(self, context):
        parts = [part.resolve(context) for part in self.parts]
        request = context.get("request")
        if any(part is None or part == "" for part in parts) or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        name = ":".join(str(part) for part in [*parts, translation.get_language()])
        return mark_safe(site_wide_cache.remember(f"fragment:{name}", lambda: str(self.nodelist.render(context))))


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% shared_fragment %} needs a name.")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode([parser.compile_filter(bit) for bit in bits[1:]], nodelist)
