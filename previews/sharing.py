"""Share links of a page (e-mail, LinkedIn, X): plain links to each service's share address, no third-party script.

Visitors' browsers load nothing from these services until they follow a link.
"""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ShareLink:
    label: str
    url: str
    opens_new_window: bool


def share_links(title, url):
    return [
        # Mail clients read "+" literally: spaces in a mailto: are %20.
        ShareLink(_("Send by e-mail"), "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote), False),
        ShareLink(_("Share on LinkedIn"), "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}), True),
        ShareLink(_("Share on X"), "https://x.com/intent/post?" + urlencode({"text": title, "url": url}), True),
    ]
