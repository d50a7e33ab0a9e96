"""Search backends that know the language of each page.

``search.backends.postgres`` or ``search.backends.sqlite`` (chosen by the settings from the
database in use) and ``search.backends.opensearch2`` (or ``elasticsearch8``) are used in
``WAGTAILSEARCH_BACKENDS`` instead of Wagtail's own modules: they analyse every page with the
text search configuration (PostgreSQL) or analyzer (engine) of its locale, and search with the
one of the visitor's language.
"""
