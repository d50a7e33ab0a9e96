"""gunicorn's configuration for `make serve` and production: ``gunicorn -c vivapolis/gunicorn.py``.

Named and passed explicitly rather than ``gunicorn.conf.py`` at the root, which gunicorn would also read
whenever the benchmarks (bench/) or the Lighthouse audit start their own gunicorn from the project's folder:
they keep gunicorn's defaults and the worker count they measure with. Every figure can be changed from the
environment (README, "Configuration").
"""

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # gunicorn reads this file before it applies --chdir
    sys.path.insert(0, str(ROOT))
METRICS_ROOT = ROOT / "tmp" / "prometheus"
# Before prometheus_client is imported: it chooses its multiprocess storage at import, and the workers forked
# from this process inherit both. One folder per gunicorn master, so that two app servers on one machine
# keep their figures apart.
os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", str(METRICS_ROOT / f"gunicorn-{os.getpid()}"))

from prometheus_client import multiprocess

from vivapolis.settings.observability import JSON_LOG_FORMATTER

wsgi_app = "vivapolis.wsgi:application"


def worker_count():
    """gunicorn's advice, 2 × cores + 1, at most WEB_CONCURRENCY when it is set."""
    by_cores = 2 * len(os.sched_getaffinity(0)) + 1
    limit = os.environ.get("WEB_CONCURRENCY")
    return min(by_cores, int(limit)) if limit else by_cores


workers = worker_count()
# A request longer than this (a fact sheet PDF rendered cold takes a few seconds) has its worker restarted.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# On a restart or a new release (SIGHUP, SIGTERM), requests in hand get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Each worker is replaced after about this many requests (jitter: not all at once), which bounds slow leaks.
# A new worker loads Django and Wagtail again, about 2 s of CPU: at 1,000 a server answering 800 cached pages/s
# restarted a worker every 1.3 s, and its p99 rose from 15 ms to 1 s (docs/deployment.md).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "2000"))
# Behind a load balancer that keeps connections open between requests.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# The proxies whose X-Forwarded-Proto is believed (HTTPS behind a load balancer that ends TLS).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# gunicorn's control socket (for its `gunicornc` tool, unused here) has one path per user by default: the
# app servers of one machine (`make cluster` runs two) would share it, and one's shutdown removes the other's.
control_socket_disable = True

if os.environ.get("LOG_FORMAT", "json") == "json":
    logger_class = "operations.gunicorn_logging.JsonAccessLogger"
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": JSON_LOG_FORMATTER},
        "handlers": {
            "access": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"},
            "error": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"},
        },
        "root": {"level": "WARNING", "handlers": ["error"]},
        "loggers": {
            "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
            "gunicorn.error": {"level": "INFO", "handlers": ["error"], "propagate": False},
        },
    }
else:
    accesslog = "-"


def on_starting(server):
    """Figures of a previous run, and folders of masters no longer running, are removed."""
    current = Path(os.environ["PROMETHEUS_MULTIPROC_DIR"])
    for folder in [current, *METRICS_ROOT.glob("gunicorn-*")]:
        if folder == current or not process_running(folder.name.removeprefix("gunicorn-")):
            shutil.rmtree(folder, ignore_errors=True)
    current.mkdir(parents=True)


def process_running(pid):
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def child_exit(server, worker):
    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)
