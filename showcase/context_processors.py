from wagtail.models import Locale


def site_navigation(request):
    """The home page and the themes of the visitor's language, for the header and footer."""
    from showcase.models import HomePage
    from themes.models import ThemePage

    if request.path.startswith(("/admin/", "/django-admin/")):
        return {}
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return {}
    home = HomePage.objects.filter(locale=locale).live().first()
    if home is None:
        return {"navigation_home": None, "navigation_themes": []}
    themes = ThemePage.objects.live().public().filter(locale=locale).descendant_of(home).only("title", "url_path", "path", "depth")
    return {"navigation_home": home, "navigation_themes": themes}
