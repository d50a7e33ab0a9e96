"""An editor in the Wagtail admin of one app server, as a browser does it: the login form, then forms
read from the page and submitted with the editor's changes (CSRF token, hidden fields and all)."""

import io

import requests
from bs4 import BeautifulSoup
from PIL import Image

UNSENT_INPUT_TYPES = {"submit", "button", "image", "reset", "file"}
TIMEOUT = 60


def logged_in_admin(cluster, base_url):
    """A ``requests.Session`` logged into ``base_url``'s admin as the cluster's superuser."""
    session = requests.Session()
    login_url = f"{base_url}/admin/login/"
    page = session.get(login_url, timeout=TIMEOUT)
    credentials = {"username": cluster.env["CLUSTER_ADMIN_USERNAME"], "password": cluster.env["CLUSTER_ADMIN_PASSWORD"]}
    fields = [*form_fields(page.text, lambda form: form.find("input", attrs={"name": "password"})), *credentials.items()]
    answer = session.post(login_url, data=dict(fields), headers={"Referer": login_url}, allow_redirects=False, timeout=TIMEOUT)
    assert answer.status_code == 302, f"admin login on {base_url} answered {answer.status_code}: {errors_in(answer.text)}"
    return session


def form_fields(html, is_the_form):
    """``(name, value)`` pairs a browser would send for the first form ``is_the_form(form)`` accepts."""
    form = next((form for form in BeautifulSoup(html, "html.parser").find_all("form") if is_the_form(form)), None)
    assert form is not None, f"form not found in: {errors_in(html)}"
    fields = []
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if name and "__prefix__" not in name:  # the empty forms of inline panels, copied by JavaScript
            fields += _values(element, name)
    return fields


def _values(element, name):
    if element.name == "textarea":
        return [(name, element.get_text().removeprefix("\n"))]  # browsers drop the newline after <textarea>
    if element.name == "select":
        options = element.find_all("option")
        chosen = [option for option in options if option.has_attr("selected")] or options[:1]
        return [(name, option.get("value", option.get_text())) for option in chosen]
    kind = element.get("type", "text").lower()
    if kind in UNSENT_INPUT_TYPES or (kind in ("checkbox", "radio") and not element.has_attr("checked")):
        return []
    return [(name, element.get("value", "on" if kind in ("checkbox", "radio") else ""))]


def errors_in(html):
    """The error messages of an admin page (or its start), for assertion messages."""
    soup = BeautifulSoup(html, "html.parser")
    errors = [node.get_text(" ", strip=True) for node in soup.select(".error-message, .help-critical, .messages .error")]
    return " | ".join(errors) or soup.get_text(" ", strip=True)[:1500]


def publish_title(session, base_url, page_id, title):
    """Change a page's title in its edit form and press Publish, on the app server at ``base_url``."""
    edit_url = f"{base_url}/admin/pages/{page_id}/edit/"
    page = session.get(edit_url, timeout=TIMEOUT)
    assert page.status_code == 200, f"{edit_url} answered {page.status_code}"
    fields = [(name, value) for name, value in form_fields(page.text, lambda form: form.get("id") == "page-edit-form") if name != "title"]
    data = [*fields, ("title", title), ("action-publish", "action-publish")]
    answer = session.post(edit_url, data=data, headers={"Referer": edit_url}, allow_redirects=False, timeout=TIMEOUT)
    assert answer.status_code == 302, f"publishing page {page_id} answered {answer.status_code}: {errors_in(answer.text)}"


def png_picture(colour, size=(64, 48)):
    picture = io.BytesIO()
    Image.new("RGB", size, colour).save(picture, format="PNG")
    return picture.getvalue()


def upload_image(session, base_url, title, picture):
    """Add an image in the admin's image form (title and file), on the app server at ``base_url``."""
    add_url = f"{base_url}/admin/images/add/"
    page = session.get(add_url, timeout=TIMEOUT)
    fields = [(name, value) for name, value in form_fields(page.text, lambda form: form.find("input", attrs={"type": "file"})) if name != "title"]
    files = {"file": (f"{title}.png", picture, "image/png")}
    answer = session.post(add_url, data=[*fields, ("title", title)], files=files, headers={"Referer": add_url}, allow_redirects=False, timeout=TIMEOUT)
    assert answer.status_code == 302, f"uploading an image answered {answer.status_code}: {errors_in(answer.text)}"


def delete_image(session, base_url, image_id):
    """Confirm the deletion of an image in the admin."""
    delete_url = f"{base_url}/admin/images/{image_id}/delete/"
    page = session.get(delete_url, timeout=TIMEOUT)
    fields = form_fields(page.text, lambda form: form.get("action", "").endswith(f"/images/{image_id}/delete/"))
    answer = session.post(delete_url, data=fields, headers={"Referer": delete_url}, allow_redirects=False, timeout=TIMEOUT)
    assert answer.status_code == 302, f"deleting image {image_id} answered {answer.status_code}: {errors_in(answer.text)}"
