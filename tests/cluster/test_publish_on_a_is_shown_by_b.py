"""What an editor publishes through app server A is what visitors get from B and from the front cache."""

import io
import secrets

import requests
from bs4 import BeautifulSoup
from PIL import Image

from tests.cluster.admin import delete_image, logged_in_admin, png_picture, publish_title, upload_image
from tests.cluster.cluster import CLUSTER_TEST_MARKS
from tests.cluster.pages import NEWS_INDEX_PATH, heading, news_index, visit

pytestmark = CLUSTER_TEST_MARKS


def test_a_title_published_on_a_is_shown_by_b_and_by_the_front_on_the_next_request(cluster):
    page_id, title = news_index(cluster)
    on_b, on_front = cluster.web_b + NEWS_INDEX_PATH, cluster.front + NEWS_INDEX_PATH
    for url in (on_b, on_front, on_b, on_front):  # the second visit of each is served from its cache
        assert heading(visit(url)) == title, url
    assert visit(on_b).headers.get("X-Page-Cache") == "hit", "app server B did not cache the page"
    assert visit(on_front).headers.get("X-Front-Cache") == "hit", "the front proxy did not cache the page"
    editor = logged_in_admin(cluster, cluster.web_a)
    new_title = f"{title} {secrets.token_hex(3)}"
    try:
        publish_title(editor, cluster.web_a, page_id, new_title)
        assert heading(visit(on_b)) == new_title, "app server B still shows the title it had cached"
        assert heading(visit(on_front)) == new_title, "the front cache still shows the title it had cached"
    finally:
        publish_title(editor, cluster.web_a, page_id, title)


def test_an_image_uploaded_through_a_is_shown_by_b_from_the_shared_media(cluster):
    title = f"cluster-test-{secrets.token_hex(3)}"
    colour = (secrets.randbelow(256), 120, 40)
    editor = logged_in_admin(cluster, cluster.web_a)
    upload_image(editor, cluster.web_a, title, png_picture(colour))
    [(image_id, original_file)] = cluster.query("SELECT id, file FROM wagtailimages_image WHERE title = %s", title)
    try:
        # B's admin shows a preview of it, a rendition B makes from the original that A stored.
        edit_page = editor.get(f"{cluster.web_b}/admin/images/{image_id}/", timeout=60)
        assert edit_page.status_code == 200
        preview = BeautifulSoup(edit_page.text, "html.parser").select_one(".focal-point-chooser img")
        for url in (requests.compat.urljoin(cluster.front, preview["src"]), cluster.env["MEDIA_PUBLIC_URL"].rstrip("/") + "/" + original_file):
            media = requests.get(url, timeout=30)
            assert media.status_code == 200, f"{url} answered {media.status_code}"
            assert Image.open(io.BytesIO(media.content)).convert("RGB").getpixel((0, 0)) == colour, url
    finally:
        delete_image(editor, cluster.web_a, image_id)
