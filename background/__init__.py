"""The site's background work: a django-tasks worker for long jobs, and the scheduled publishing of pages.

See the README's "Background work" section. This app knows nothing of the domain: it runs
wagtail-localize's bulk jobs (and any job sent through ``wagtail_localize.tasks.background``),
Wagtail's ``publish_scheduled`` every minute, and re-queues the task of a worker that died.
"""
