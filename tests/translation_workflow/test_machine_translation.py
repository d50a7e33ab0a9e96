"""DeepL is configured from DEEPL_API_KEY and off without it; the editor's button works (dummy translator)."""

import importlib.util

import pytest
from django.urls import reverse
from wagtail.models import Locale

from translation_workflow.machine_translation import VivapolisDeepLTranslator

from .po import publish_translation, translation_of

DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def base_settings():
    """The shared settings read afresh from the environment, as a new process would (not Django's copy)."""
    spec = importlib.util.find_spec("vivapolis.settings.base")
    fresh = importlib.util.spec_from_file_location("vivapolis.settings.fresh_base", spec.origin)
    module = importlib.util.module_from_spec(fresh)
    fresh.loader.exec_module(module)
    return vars(module)


def settings_with_environment(monkeypatch, **environ):
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return base_settings()


def test_machine_translation_is_off_without_a_key(monkeypatch):
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in base_settings()
    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in settings_with_environment(monkeypatch, DEEPL_API_KEY="  ")


def test_deepl_is_used_when_a_key_is_given(monkeypatch):
    configured = settings_with_environment(monkeypatch, DEEPL_API_KEY="secret-key:fx")["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]

    assert configured == {
        "CLASS": "translation_workflow.machine_translation.VivapolisDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "secret-key:fx"},
    }
    translator = VivapolisDeepLTranslator(configured["OPTIONS"])
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"


@pytest.mark.parametrize(("code", "deepl_code"), [("pt", "PT-BR"), ("zh-hans", "ZH-HANS"), ("en", "EN-GB"), ("es", "ES"), ("ar", "AR")])
def test_deepl_targets_the_variant_our_readers_use(db, code, deepl_code):
    translator = VivapolisDeepLTranslator({"AUTH_KEY": "k"})
    french, target = Locale(language_code="fr"), Locale(language_code=code)

    parameters = translator.get_parameters(french, target, [])

    assert (parameters["source_lang"], parameters["target_lang"]) == ("FR", deepl_code)


def test_the_machine_translate_button_does_nothing_when_the_feature_is_off(admin_client, multilingual_site, settings):
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    translation = translation_of(multilingual_site["theme"], "pt")

    response = admin_client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), follow=True)

    assert response.status_code == 404
    assert not translation.source.stringsegment_set.filter(string__translations__isnull=False).exists()


def test_machine_translation_fills_the_translation_then_a_human_publishes_it(admin_client, client, multilingual_site, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY
    translation = translation_of(multilingual_site["theme"], "pt")

    response = admin_client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": "/admin/"})
    assert response.status_code == 302
    assert "Énergie. de Résumé" not in client.get("/pt/thematiques/energie/").content.decode()

    publish_translation(admin_client, translation)

    # The dummy translator reverses the words of each text.
    assert "Énergie. de Résumé" in client.get("/pt/thematiques/energie/").content.decode()
