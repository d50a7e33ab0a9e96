"""A visitor writes to a fact sheet's contact: stored, e-mailed, spam-checked, rate-limited, purged in time."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from contact.forms import shown_at_token
from contact.models import ContactMessage
from tests.factories import FactSheetPageFactory, translate
from tests.translation_workflow.roles_setup import refused, team

MESSAGE = {"name": "ليلى", "email": "layla@example.org", "organisation": "بلدية", "message": "نود زيارة المشروع."}


@pytest.fixture
def arabic_fact_sheet(bilingual_site):
    cache.clear()  # the rate limit counts in the cache
    fact_sheet = bilingual_site["fact_sheet"]
    fact_sheet.contact_email = "contact@example.org"
    fact_sheet.save_revision().publish()
    return translate(fact_sheet, "ar")


def token_shown_seconds_ago(seconds):
    with time_machine.travel(timezone.now() - datetime.timedelta(seconds=seconds)):
        return shown_at_token()


def send(client, page, **overrides):
    data = {**MESSAGE, "website": "", "shown_at": token_shown_seconds_ago(30), **overrides}
    return client.post(f"/ar/contact/{page.pk}/", data)


def test_fact_sheet_shows_the_form_in_the_visitors_language(client, arabic_fact_sheet):
    page = client.get(arabic_fact_sheet.url).content.decode()
    assert f'action="/ar/contact/{arabic_fact_sheet.pk}/"' in page and 'id="contact"' in page
    assert 'name="website"' in page and 'name="shown_at"' in page


def test_arabic_message_is_stored_and_emailed_to_the_contact(client, arabic_fact_sheet):
    response = send(client, arabic_fact_sheet)
    assert response.status_code == 302 and response["Location"] == f"{arabic_fact_sheet.url}?contact=sent#contact"
    stored = ContactMessage.objects.get()
    assert (stored.name, stored.language, stored.page_id, stored.sent_to) == ("ليلى", "ar", arabic_fact_sheet.pk, "contact@example.org")
    (sent,) = mail.outbox
    assert sent.to == ["contact@example.org"] and sent.reply_to == ["layla@example.org"]
    assert "نود زيارة المشروع." in sent.body and arabic_fact_sheet.title in sent.subject
    assert 'role="status"' in client.get(response["Location"]).content.decode()


def test_fourth_message_within_a_minute_is_refused(client, arabic_fact_sheet):
    statuses = [send(client, arabic_fact_sheet).status_code for _try in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert ContactMessage.objects.count() == 3 and len(mail.outbox) == 3
    refused = send(client, arabic_fact_sheet)
    assert MESSAGE["message"] in refused.content.decode()  # the visitor's text is kept in the form


@pytest.mark.parametrize("trap", [{"website": "http://spam.example"}, {"shown_at": "forged"}])
def test_robots_are_refused_and_the_text_kept(client, arabic_fact_sheet, trap):
    response = send(client, arabic_fact_sheet, **trap)
    assert response.status_code == 400
    assert MESSAGE["message"] in response.content.decode()
    assert not ContactMessage.objects.exists() and not mail.outbox


def test_an_answer_sent_at_once_is_refused(client, arabic_fact_sheet):
    assert send(client, arabic_fact_sheet, shown_at=token_shown_seconds_ago(0)).status_code == 400
    assert not ContactMessage.objects.exists()


def test_bad_address_gets_a_clear_message(client, arabic_fact_sheet):
    response = send(client, arabic_fact_sheet, email="not an address")
    assert response.status_code == 400 and 'fr-error-text' in response.content.decode()


def test_no_form_and_no_message_without_a_public_contact(client, bilingual_site):
    cache.clear()
    draft = FactSheetPageFactory(parent=bilingual_site["fact_sheet_index"], live=False, contact_email="x@example.org",
                                 themes=[bilingual_site["theme"]])
    assert client.post(f"/fr/contact/{draft.pk}/", MESSAGE).status_code == 404
    no_contact = bilingual_site["other_fact_sheet"]
    assert 'id="contact"' not in client.get(no_contact.url).content.decode()
    assert client.post(f"/fr/contact/{no_contact.pk}/", MESSAGE).status_code == 404


def test_messages_past_retention_are_purged(client, arabic_fact_sheet, settings):
    settings.CONTACT_RETENTION_DAYS = 30
    send(client, arabic_fact_sheet)
    with time_machine.travel(timezone.now() + datetime.timedelta(days=29)):
        call_command("purge_contact_messages", stdout=None)
        assert ContactMessage.objects.count() == 1
    with time_machine.travel(timezone.now() + datetime.timedelta(days=31)):
        call_command("purge_contact_messages", stdout=None)
        assert ContactMessage.objects.count() == 0


def test_editors_export_messages_as_csv_and_translators_cannot(client, arabic_fact_sheet):
    send(client, arabic_fact_sheet)
    people = team()
    client.force_login(people["editor"])
    response = client.get("/admin/contact_messages/?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig") if response.streaming else response.content.decode()
    assert "layla@example.org" in content and "نود زيارة المشروع." in content
    client.force_login(people["translator"])
    assert refused(client.get("/admin/contact_messages/?export=csv"))


def test_form_needs_no_csrf_token_so_a_cached_page_still_sends(arabic_fact_sheet):
    client = Client(enforce_csrf_checks=True)
    assert "csrfmiddlewaretoken" not in client.get(arabic_fact_sheet.url).content.decode()
    assert send(client, arabic_fact_sheet).status_code == 302


@pytest.mark.parametrize("page_id", ["0", "99999999999999999999"])
def test_an_impossible_page_id_is_a_404(client, bilingual_site, page_id):
    assert client.post(f"/fr/contact/{page_id}/", MESSAGE).status_code == 404
