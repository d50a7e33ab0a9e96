"""Health checks and metrics are answered before the middleware that read the session, the language, the host
or the page cache: a load balancer's probe must not depend on the shared cache it may be reporting as down, nor
be redirected to a language or to HTTPS, nor be stored, whatever address it uses as host name."""

from .urls import ENDPOINTS

VIEWS_BY_PATH = {f"/{route}": view for route, view in ENDPOINTS.items()}


class AnswerProbesFirstMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = VIEWS_BY_PATH.get(request.path_info)
        return view(request) if view else self.get_response(request)
