from modelsearch.backends import elasticsearch7

from .engine import localised_backend_class

SearchBackend = localised_backend_class(elasticsearch7)
