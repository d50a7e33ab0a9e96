"""Endpoints for the load balancer and monitoring, included at the root of vivapolis/urls.py (no language prefix)."""

from django.urls import path

from . import health, metrics

ENDPOINTS = {
    "healthz": health.liveness,
    "readyz": health.readiness,
    "metrics": metrics.metrics,
}

urlpatterns = [path(route, view, name=route) for route, view in ENDPOINTS.items()]
