"""What editors and translators do to pages, done the way they do it in the admin."""

from wagtail.models import Locale, Site
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from core.models import SiteChrome


def translate(page, language_code, publish=True):
    """Translate ``page`` (and the pages it links to) with wagtail-localize, like an editor would."""
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()  # a second call synchronises the translation with the source
    TranslationCreator(user=None, target_locales=[locale]).create_translations(page)
    translated = page.get_translation(locale).specific
    if publish:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


def translated_page(page, language_code):
    """The translation of ``page`` in ``language_code``, as its specific page type."""
    return page.get_translation(Locale.objects.get(language_code=language_code)).specific


def choose_footer_pages(pages_by_field):
    """Set the footer's mandatory pages in the site chrome setting, as an editor does in *Settings*."""
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    for field_name, page in pages_by_field.items():
        setattr(chrome, field_name, page)
    chrome.save()
    return chrome


def set_admin_language(user, language_code):
    """The language ``user`` chose for the admin (*Account → Preferences*)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()
