"""One app server's view of the search engine's circuit breaker, in its own process.

``python -m tests.operations.breaker_process fail|ask``: ``fail`` records a failure of the engine, as a search
that timed out does; ``ask`` prints whether this process would send a search to the engine.
"""

import json
import sys

import django

django.setup()

from search.breaker import EngineBreaker  # noqa: E402

if __name__ == "__main__":
    breaker = EngineBreaker("default")
    if sys.argv[1] == "fail":
        breaker.record_failure()
    print(json.dumps({"uses_engine": breaker.allows_request()}))
