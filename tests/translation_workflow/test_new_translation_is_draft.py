"""With WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False, a new translation waits for a human."""

from django.conf import settings
from wagtail.models import Locale

from tests.factories import FactSheetPageFactory, translate


def test_a_new_translation_is_a_draft_invisible_to_visitors(client, multilingual_site):
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
    source = FactSheetPageFactory(parent=multilingual_site["fact_sheet_index"], title="Bus à hydrogène", slug="bus-hydrogene")
    assert source.live

    draft = translate(source, "es", publish=False)

    assert draft.locale == Locale.objects.get(language_code="es")
    assert not draft.live
    assert client.get("/es/realisations/bus-hydrogene/").status_code == 404
    assert client.get(f"/es/translation-missing/{source.pk}/").status_code == 200

    draft.get_latest_revision().publish()

    assert client.get("/es/realisations/bus-hydrogene/").status_code == 200
