"""Wagtail's HTTP purge backend, with a timeout: a front cache that hangs must not hang the editor.

Wagtail's ``HTTPBackend`` calls ``urlopen`` without a timeout, so a Varnish that accepts connections and
never answers would keep the editor's publish request waiting for ever, once per address. Here each PURGE
waits at most ``TIMEOUT`` seconds (``FRONT_CACHE_TIMEOUT``), and the first address that times out ends the
batch: the others would wait as long. The front cache keeps those pages until their lifetime runs out
(``s-maxage``), which is what a front cache that cannot be reached gives anyway; the error is logged.
"""

import logging
import socket
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from wagtail import __version__
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest

logger = logging.getLogger("caching.front")


class PurgeTimedOut(Exception):
    pass


class TimeoutHTTPBackend(HTTPBackend):
    def __init__(self, params):
        self.timeout = float(params.pop("TIMEOUT", 2))
        super().__init__(params)

    def purge_request(self, url):
        parsed = urlsplit(url)
        host = parsed.hostname + (f":{parsed.port}" if parsed.port else "")
        return PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parsed.path, parsed.query, parsed.fragment]),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{__version__}"},
        )

    def purge(self, url):
        try:
            urlopen(self.purge_request(url), timeout=self.timeout).close()  # noqa: S310 (the configured LOCATION)
        except TimeoutError as error:
            raise PurgeTimedOut(url) from error
        except URLError as error:
            if isinstance(error.reason, socket.timeout):
                raise PurgeTimedOut(url) from error
            logger.error("Could not purge %s from the front cache: %s", url, error)

    def purge_batch(self, urls):
        urls = list(urls)
        for position, url in enumerate(urls):
            try:
                self.purge(url)
            except PurgeTimedOut:
                logger.error(
                    "The front cache did not answer within %s s for %s; %d more addresses were not purged",
                    self.timeout,
                    url,
                    len(urls) - position - 1,
                )
                return
