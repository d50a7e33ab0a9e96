"""Every URL a visitor can reach, fetched: ``{url: [status, normalised content]}`` as JSON.

``python -m tests.operations.crawl [restore ARCHIVE MEDIA_ROOT]``: first restores the archive into the
database of DATABASE_URL (with ``manage.py restore``), then crawls it.
"""

import json
import re
import sys

import django
from django.conf import settings

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402
from wagtail.models import Page  # noqa: E402

CHANGING_PARTS = re.compile(r'(csrfmiddlewaretoken" value|nonce)="[^"]*"')


def site_urls():
    pages = Page.objects.filter(depth__gt=1).live().public().specific()
    titles = [page.title.split()[0] for page in pages]
    searches = [f"{search_url(code)}?q={title}" for code, _name in settings.LANGUAGES for title in sorted(set(titles))]
    return sorted({page.url for page in pages} - {None}) + searches + ["/sitemap.xml", "/robots.txt"]


def search_url(language_code):
    with translation.override(language_code):
        return reverse("search:search")


def crawl(urls):
    client = Client(raise_request_exception=False)
    fetched = {}
    for url in urls:
        response = client.get(url, follow=True)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        fetched[url] = [response.status_code, CHANGING_PARTS.sub(r'\1=""', content.decode("utf-8", "replace"))]
    return fetched


if __name__ == "__main__":
    if sys.argv[1:2] == ["restore"]:
        settings.MEDIA_ROOT = sys.argv[3]
        call_command("restore", sys.argv[2], interactive=False, stdout=sys.stderr)
    print(json.dumps(crawl(site_urls())))
