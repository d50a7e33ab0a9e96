"""The site chrome of the visitor's language: home page, main menu, footer links, site map.

Everything here is generic: the menu is made of the pages editors tick "Show in menus" for,
the footer of the pages chosen in the ``SiteChrome`` setting, each in the visitor's language.
Results are memoised on the request, since the header, the footer and the page ask the same.
"""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page, Site

from core.models import SiteChrome
from core.visibility import public

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
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None


@_memoised
def home_page(request):
    """The site's root page in the visitor's language, when that translation is live."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).select_related("root_page").first()
    locale = active_locale()
    if site is None or locale is None:
        return None
    root = site.root_page
    if root.locale_id == locale.pk:
        return root if root.live else None
    return Page.objects.live().filter(translation_key=root.translation_key, locale=locale).first()


@dataclass
class MenuItem:
    page: Page
    children: list = field(default_factory=list)


@_memoised
def main_menu(request):
    """Home's children shown in menus, each with its own children shown in menus (two queries)."""
    home = home_page(request)
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


def _chrome_setting(request):
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    return SiteChrome.for_site(site)


@_memoised
def footer_links(request):
    """``[(label, page)]`` for the mandatory pages chosen in the setting, translated into the
    visitor's language; a page not translated into that language is left out."""
    setting = _chrome_setting(request)
    locale = active_locale()
    if setting is None or locale is None:
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
            links.append((label, page))
    return links


@_memoised
def social_links(request):
    setting = _chrome_setting(request)
    return list(setting.social_links.all()) if setting is not None else []


def is_site_map_page(request, page):
    """Whether ``page`` is (a translation of) the site map page chosen in the setting."""
    setting = _chrome_setting(request)
    if setting is None or setting.site_map_page_id is None or page is None:
        return False
    return setting.site_map_page.translation_key == page.translation_key


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
