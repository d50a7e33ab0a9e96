"""gunicorn's access log as one JSON object a line (vivapolis/gunicorn.py, when LOG_FORMAT=json).

gunicorn formats its access log with a %-template, which cannot escape quotes in a URL or a user agent for
JSON: this logger hands its fields to python-json-logger instead.
"""

import os

from gunicorn import glogging

# Field of the log line: gunicorn's atom (see gunicorn's access_log_format).
ACCESS_FIELDS = {
    "request_id": "{x-request-id}o",
    "remote_addr": "h",
    "method": "m",
    "path": "U",
    "query": "q",
    "status": "s",
    "bytes": "B",
    "duration_ms": "M",
    "referer": "f",
    "user_agent": "a",
}


class JsonAccessLogger(glogging.Logger):
    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        atoms = self.atoms(resp, req, environ, request_time)
        fields = {field: atoms.get(atom) for field, atom in ACCESS_FIELDS.items()}
        self.access_log.info("request", extra={**fields, "status": int(fields["status"]), "worker_pid": os.getpid()})
