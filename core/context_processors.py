from core.chrome import home_page


def site_navigation(request):
    """The home page of the visitor's language, for the header and footer links."""
    if request.path.startswith(("/admin/", "/django-admin/")):
        return {}
    return {"navigation_home": home_page(request)}
