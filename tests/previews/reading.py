"""Read the Open Graph, Twitter card and JSON-LD tags of a page as a crawler does."""

import json
from html.parser import HTMLParser


class _HeadReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta = []
        self.json_ld = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.append((attrs.get("property") or attrs.get("name"), attrs.get("content")))
        self._in_json_ld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))


def read_head(response):
    reader = _HeadReader()
    reader.feed(response.content.decode().split("</head>")[0])
    return reader


def meta_values(reader, name):
    return [content for key, content in reader.meta if key == name]


def structured(reader, schema_type):
    found = [data for data in reader.json_ld if data["@type"] == schema_type]
    assert len(found) == 1, f"{len(found)} {schema_type} blocks"
    return found[0]
