"""Abuse limits: requests per address on costly views, and the page-password form under django-axes."""

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited

PAGE_PASSWORD_VIEW = "wagtailcore_authenticate_with_password"
RETRY_AFTER_SECONDS = 60


def too_many_requests(request):
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lockout page (``AXES_LOCKOUT_CALLABLE``), in the visitor's language."""
    return render(request, "operations/lockout.html", {"hours": settings.AXES_COOLOFF_TIME}, status=429)


class RateLimitMiddleware:
    """``VIVAPOLIS_RATE_LIMITS`` (URL name: rate) per address, counted in the cache; beyond, a 429 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_name = request.resolver_match.view_name
        rate = settings.VIVAPOLIS_RATE_LIMITS.get(view_name)
        if rate and is_ratelimited(request, group=view_name, key="ip", rate=rate, increment=True):
            return too_many_requests(request)
        return None


def page_password_credentials(view_kwargs):
    """Each password-protected page counts as an account: its restriction is the "user name"."""
    return {settings.AXES_USERNAME_FORM_FIELD: f"page-password-{view_kwargs['page_view_restriction_id']}"}


class PagePasswordLockoutMiddleware:
    """Wagtail's page-password form does not log anyone in: tell django-axes about its failures."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = request.resolver_match
        if request.method == "POST" and match and match.url_name == PAGE_PASSWORD_VIEW and response.status_code == 200:
            # Wagtail answers a wrong password with the form again (200), a right one with a redirect.
            credentials = page_password_credentials(match.kwargs)
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match.url_name != PAGE_PASSWORD_VIEW:
            return None
        credentials = page_password_credentials(view_kwargs)
        if AxesProxyHandler.is_locked(request, credentials):
            return get_lockout_response(request, None, credentials)
        return None
