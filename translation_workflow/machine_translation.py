"""Machine translation for the wagtail-localize editor (DeepL), switched on by ``DEEPL_API_KEY``."""

from wagtail_localize.machine_translators.deepl import DeepLTranslator

# DeepL asks for a regional variant for these targets; the delegations we write for are Brazilian
# and read simplified Chinese.
DEEPL_TARGET_LANGUAGES = {"pt": "PT-BR", "zh-hans": "ZH-HANS", "en": "EN-GB"}


class VivapolisDeepLTranslator(DeepLTranslator):
    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        target = DEEPL_TARGET_LANGUAGES.get(target_locale.language_code.lower())
        if target:
            parameters["target_lang"] = target
        return parameters

