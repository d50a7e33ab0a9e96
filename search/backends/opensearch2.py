from modelsearch.backends import opensearch2

from .engine import localised_backend_class

SearchBackend = localised_backend_class(opensearch2)
