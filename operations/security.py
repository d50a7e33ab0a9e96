"""Response headers: the Content-Security-Policy chosen by path, and Cross-Origin-Resource-Policy.

Django's SecurityMiddleware sets HSTS, Referrer-Policy, X-Content-Type-Options and
Cross-Origin-Opener-Policy; django-permissions-policy sets Permissions-Policy.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_URL_PREFIXES))


class PolicyByPathCSPMiddleware(CSPMiddleware):
    """django-csp's middleware; the admins get ``ADMIN_CONTENT_SECURITY_POLICY``, every other page the strict one."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class CrossOriginResourcePolicyMiddleware:
    """Other sites may not embed the site's pages, images or files (``CROSS_ORIGIN_RESOURCE_POLICY``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response
