"""Logs with a request id, metrics and health checks (operations/; README "Operations: health, metrics, logs")."""

import os

from .environment import env_list

# The request id: the load balancer's X-Request-ID when it sends one (a UUID or 32 hex digits; anything
# else is replaced and logged), a new UUID otherwise; echoed in the response and in every log line.
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "VALIDATE_GUID": True,
    "UUID_FORMAT": "string",
    "EXPOSE_HEADER": False,
}

LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING")
# "json" (one JSON object a line, for a log collector; the production default) or "text" (development).
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
# One JSON object a line: "time" (ISO 8601, UTC), "level", "logger", "message", "request_id", and any extra.
JSON_LOG_FORMATTER = {
    "()": "pythonjsonlogger.json.JsonFormatter",
    "fmt": ["levelname", "name", "message", "request_id"],
    "rename_fields": {"levelname": "level", "name": "logger"},
    "timestamp": "time",
}


def logging_settings(log_format, level):
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "django_guid.log_filters.CorrelationId", "correlation_id_field": "request_id"}},
        "formatters": {
            "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
            "json": JSON_LOG_FORMATTER,
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": log_format},
        },
        "root": {"handlers": ["console"], "level": level},
        # django-guid's own line for every request ("X-Request-ID found") comes before the id is set.
        "loggers": {"django_guid": {"level": "WARNING"}},
    }


LOGGING = logging_settings(LOG_FORMAT, LOG_LEVEL)

# Who may read /metrics: addresses or networks (CIDR). A request a proxy forwarded is judged by every address.
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", "127.0.0.1,::1")
# Load balancers probe over plain HTTP: the probes are not redirected to HTTPS (SECURE_SSL_REDIRECT).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
