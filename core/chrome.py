"""The site chrome of the visitor's language: home page, main menu, footer links, site map.

Everything here is generic: the menu is made of the pages editors tick "Show in menus" for,
the footer of the pages chosen in the ``SiteChrome`` setting, each in the visitor's language.
The header and footer's data is built once per site and language and kept in the shared cache
(``core.site_wide_cache``, made stale by any change to pages or settings); results are also
memoised on the request, since the header, the footer and the page ask the same.
"""

from dataclasses import dataclass, field

from django.utils import translation
from wagtail.models import Locale, Page, Site

from core import site_wide_cache
from core.models import SiteChrome
from core.visibility import public, visible_ids

_MEMO = "_vivapolis_chrome"


def _memoised(function):
    def wrapper(request):
        if request is None:
            return function(request)
        memo = request.__dict__.setdefault(_MEMO, {})
        if function.__name__ not in memo:
            memo[function.__name__] = function(request)
        return memo[function.__name__]

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


def active_locale():
    """The locale of the active language (kept in the site-wide cache: locales seldom change)."""
    return site_wide_cache.remember(f"locale:{translation.get_language()}", _read_active_locale)


def _read_active_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None


@dataclass
class MenuItem:
    page: Page
    children: list = field(default_factory=list)


@dataclass
class Chrome:
    """What the header and footer show in one language of one site (built once per version, see
    ``core.site_wide_cache``)."""

    home: Page | None = None
    menu: list = field(default_factory=list)
    footer: list = field(default_factory=list)
    social: list = field(default_factory=list)
    site_map_key: object = None


@_memoised
def _chrome(request):
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return Chrome()
    return site_wide_cache.remember(f"chrome:{site.pk}:{translation.get_language()}", lambda: _build_chrome(site))


def _build_chrome(site):
    locale = active_locale()
    home = _home_page(site, locale)
    # Read, not ``for_site``: that one saves a default setting when there is none, and a save purges every page.
    setting = SiteChrome.objects.filter(site=site).select_related("site_map_page").first()
    if setting is None:
        return Chrome(home=home, menu=_main_menu(home))
    return Chrome(
        home=home,
        menu=_main_menu(home),
        footer=_footer_links(setting, locale),
        social=list(setting.social_links.all()),
        site_map_key=setting.site_map_page.translation_key if setting.site_map_page_id else None,
    )


def home_page(request):
    """The site's root page in the visitor's language, when that translation is live."""
    return _chrome(request).home


def main_menu(request):
    return _chrome(request).menu


def footer_links(request):
    """``[(label, page)]`` for the mandatory pages chosen in the setting, translated into the
    visitor's language; a page not translated into that language is left out."""
    return _chrome(request).footer


def social_links(request):
    return _chrome(request).social


def is_site_map_page(request, page):
    """Whether ``page`` is (a translation of) the site map page chosen in the setting."""
    key = _chrome(request).site_map_key
    return page is not None and key is not None and key == page.translation_key


def breadcrumb_ancestors(page):
    """The ancestors of ``page`` below the tree's root that visitors may see, kept in the site-wide cache (a
    move or a publish changes them, and makes it stale); read afresh for a page not saved yet (a preview)."""
    if page.pk is None:
        return _visible_ancestors(page) if page.path else []
    return site_wide_cache.remember(f"ancestors:{page.pk}", lambda: _visible_ancestors(page))


def _visible_ancestors(page):
    ancestors = list(page.get_ancestors().filter(depth__gt=1))
    shown = visible_ids([ancestor.pk for ancestor in ancestors])
    return [ancestor for ancestor in ancestors if ancestor.pk in shown]


def _home_page(site, locale):
    if locale is None:
        return None
    root = site.root_page
    if root.locale_id == locale.pk:
        return root if root.live else None
    return Page.objects.live().filter(translation_key=root.translation_key, locale=locale).first()


def _main_menu(home):
    """Home's children shown in menus, each with its own children shown in menus (two queries)."""
    if home is None:
        return []
    visible = public(Page.objects.live()).in_menu().only("id", "title", "url_path", "path", "depth", "locale_id")
    items = [MenuItem(page) for page in visible.child_of(home)]
    by_path = {item.page.path: item for item in items}
    if items:
        grandchildren = visible.filter(depth=home.depth + 2, path__startswith=home.path).order_by("path")
        for page in grandchildren:
            parent = by_path.get(page.path[: -Page.steplen])
            if parent is not None:
                parent.children.append(page)
    return items


def _footer_links(setting, locale):
    if locale is None:
        return []
    labels = setting.footer_link_labels()
    chosen = {name: getattr(setting, f"{name}_id") for name in labels}
    sources = Page.objects.filter(pk__in=[pk for pk in chosen.values() if pk]).values_list("pk", "translation_key")
    keys = dict(sources)
    translated = {
        page.translation_key: page
        for page in public(Page.objects.live()).filter(translation_key__in=keys.values(), locale=locale)
        .only("id", "title", "url_path", "translation_key", "locale_id")
    }
    links = []
    for name, label in labels.items():
        page = translated.get(keys.get(chosen[name]))
        if page is not None:
            links.append((str(label), page))
    return links


@_memoised
def site_map_tree(request):
    """The visitor's page tree under their home page, as nested ``{"page", "children"}`` dicts."""
    home = home_page(request)
    if home is None:
        return []
    pages = (
        public(Page.objects.live()).descendant_of(home, inclusive=True)
        .order_by("path").only("id", "title", "path", "depth", "url_path", "locale_id")
    )
    nodes = {}
    tree = []
    for page in pages:
        node = {"page": page, "children": []}
        nodes[page.path] = node
        parent = nodes.get(page.path[: -Page.steplen])
        (parent["children"] if parent else tree).append(node)
    return tree
